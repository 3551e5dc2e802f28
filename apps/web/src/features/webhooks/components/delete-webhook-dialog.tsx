import { Button, Group, Modal, Text } from '@mantine/core';
import type { WebhookEndpointDto } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useErrorText } from '../../../lib/use-error-text';
import { useDeleteWebhookEndpoint } from '../api/use-webhooks';

type DeleteWebhookDialogProps = {
  endpoint: WebhookEndpointDto | null;
  onClose: () => void;
  onDeleted?: () => void;
};

export const DeleteWebhookDialog = ({ endpoint, onClose, onDeleted }: DeleteWebhookDialogProps) => {
  const { t } = useTranslation(['integrations', 'common']);
  const errorText = useErrorText();
  const remove = useDeleteWebhookEndpoint();

  return (
    <Modal opened={endpoint !== null} onClose={onClose} title={t('webhooks.delete.title')}>
      {endpoint && (
        <>
          <Text size="sm">{t('webhooks.delete.body', { url: endpoint.url })}</Text>
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(
                  { path: { id: endpoint.id } },
                  {
                    onSuccess: () => {
                      notifySuccess(t('webhooks.delete.done'));
                      onClose();
                      onDeleted?.();
                    },
                    onError: (error) => notifyError(t('common:errors.title'), errorText(error)),
                  },
                )
              }
            >
              {t('webhooks.delete.confirm')}
            </Button>
          </Group>
        </>
      )}
    </Modal>
  );
};
