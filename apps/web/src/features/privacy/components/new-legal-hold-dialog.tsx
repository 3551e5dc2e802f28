import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { useErrorText } from '../../../lib/use-error-text';
import { useCreateLegalHold } from '../api/privacy-queries';
import { CustomerPicker } from './customer-picker';

type NewLegalHoldDialogProps = { opened: boolean; onClose: () => void };

export const NewLegalHoldDialog = ({ opened, onClose }: NewLegalHoldDialogProps) => {
  const { t } = useTranslation('privacy');
  const errorText = useErrorText();
  const create = useCreateLegalHold();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const ready = customerId !== null && reference.trim() !== '' && reason.trim() !== '';
  return (
    <Modal opened={opened} onClose={onClose} title={t('holds.addTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!ready) return;
          create.mutate(
            { body: { customerId, reference: reference.trim(), reason: reason.trim() } },
            {
              onSuccess: () => {
                notifySuccess(t('holds.saved'));
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <CustomerPicker label={t('holds.customer')} value={customerId} onChange={setCustomerId} />
          <TextInput
            label={t('holds.reference')}
            description={t('holds.referenceHint')}
            withAsterisk
            value={reference}
            onChange={(event) => setReference(event.currentTarget.value)}
          />
          <Textarea
            label={t('holds.reason')}
            withAsterisk
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {create.isError && <Alert color="red">{errorText(create.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('create.cancel')}
            </Button>
            <Button type="submit" disabled={!ready} loading={create.isPending}>
              {t('holds.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
