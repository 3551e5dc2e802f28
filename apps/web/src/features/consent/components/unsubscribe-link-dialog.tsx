import {
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { useCreateUnsubscribeLink } from '../api/consent-queries';
import { usePurposeOptions } from '../use-purpose-label';

type UnsubscribeLinkDialogProps = { customerId: string; opened: boolean; onClose: () => void };

/** Makes a signed link the customer can use, without logging in, to withdraw one purpose. */
export const UnsubscribeLinkDialog = ({
  customerId,
  opened,
  onClose,
}: UnsubscribeLinkDialogProps) => {
  const { t } = useTranslation('consent');
  const errorText = useErrorText();
  const purposeOptions = usePurposeOptions();
  const [purpose, setPurpose] = useState<string | null>(null);
  const create = useCreateUnsubscribeLink();
  const url = create.data?.url ?? null;

  const close = () => {
    create.reset();
    setPurpose(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('unsubscribe.title')}>
      <Stack gap="sm">
        <Select
          label={t('unsubscribe.purpose')}
          data={purposeOptions}
          value={purpose}
          onChange={(value) => {
            setPurpose(value);
            create.reset();
          }}
        />
        {url ? (
          <>
            <TextInput label={t('unsubscribe.url')} value={url} readOnly />
            <Text size="sm" c="dimmed">
              {t('unsubscribe.hint')}
            </Text>
          </>
        ) : null}
        {create.isError && <Alert color="red">{errorText(create.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('unsubscribe.close')}
          </Button>
          {url ? (
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button color={copied ? 'teal' : undefined} onClick={copy}>
                  {copied ? t('unsubscribe.copied') : t('unsubscribe.copy')}
                </Button>
              )}
            </CopyButton>
          ) : (
            <Button
              disabled={!purpose}
              loading={create.isPending}
              onClick={() =>
                purpose && create.mutate({ path: { id: customerId }, body: { purpose } })
              }
            >
              {t('unsubscribe.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
};
