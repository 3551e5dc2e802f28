import { Button, Group, Modal, Text } from '@mantine/core';
import type { ApiClientDto } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useErrorText } from '../../../lib/use-error-text';
import { useRevokeApiClient } from '../api/use-api-clients';

type RevokeApiClientDialogProps = { client: ApiClientDto | null; onClose: () => void };

/** Says what revoking does (tokens stop at once, no undo) and asks once. */
export const RevokeApiClientDialog = ({ client, onClose }: RevokeApiClientDialogProps) => {
  const { t } = useTranslation(['integrations', 'common']);
  const errorText = useErrorText();
  const revoke = useRevokeApiClient();

  return (
    <Modal
      opened={client !== null}
      onClose={onClose}
      title={client ? t('clients.revoke.title', { name: client.name }) : ''}
    >
      {client && (
        <>
          <Text size="sm">{t('clients.revoke.body')}</Text>
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() =>
                revoke.mutate(
                  { path: { id: client.id } },
                  {
                    onSuccess: () => {
                      notifySuccess(t('clients.revoke.done', { name: client.name }));
                      onClose();
                    },
                    onError: (error) => notifyError(t('common:errors.title'), errorText(error)),
                  },
                )
              }
            >
              {t('clients.revoke.confirm')}
            </Button>
          </Group>
        </>
      )}
    </Modal>
  );
};
