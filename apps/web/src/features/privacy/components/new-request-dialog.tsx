import type { CreatePrivacyRequestDto } from '@bei-hub/api-client';
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '../../../lib/notify';
import { splitFieldErrors, toProblem } from '../../../lib/problem';
import { useErrorText } from '../../../lib/use-error-text';
import { type FieldErrors, useFormState } from '../../../lib/use-form-state';
import { useCreatePrivacyRequest } from '../api/privacy-queries';
import { oneOf, RECEIVED_VIA, REQUEST_TYPES, wibLocalToIso } from '../request-options';
import { CustomerPicker } from './customer-picker';

type Values = {
  customerId: string;
  type: string;
  receivedVia: string;
  receivedAt: string;
  details: string;
};
const FIELDS = ['customerId', 'type', 'receivedVia', 'receivedAt', 'details'] as const;

type NewRequestDialogProps = { opened: boolean; onClose: () => void; customerId?: string };

/** Logs a data-subject request; the 72-hour clock starts at "received at". */
export const NewRequestDialog = ({ opened, onClose, customerId }: NewRequestDialogProps) => {
  const { t } = useTranslation('privacy');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const create = useCreatePrivacyRequest();
  const validate = useCallback(
    (values: Values): FieldErrors<Values> => ({
      customerId: values.customerId ? undefined : t('create.required'),
      type: values.type ? undefined : t('create.required'),
      receivedVia: values.receivedVia ? undefined : t('create.required'),
      receivedAt:
        values.receivedAt && !wibLocalToIso(values.receivedAt) ? t('create.required') : undefined,
    }),
    [t],
  );
  const form = useFormState<Values>(
    { customerId: customerId ?? '', type: '', receivedVia: '', receivedAt: '', details: '' },
    validate,
  );
  const { unplaced } = splitFieldErrors(toProblem(create.error), FIELDS);

  const submit = () => {
    const type = oneOf(REQUEST_TYPES, form.values.type);
    const receivedVia = oneOf(RECEIVED_VIA, form.values.receivedVia);
    if (!form.trySubmit() || !type || !receivedVia) return;
    const receivedAt = wibLocalToIso(form.values.receivedAt);
    const body: CreatePrivacyRequestDto = {
      customerId: form.values.customerId,
      type,
      receivedVia,
      ...(receivedAt ? { receivedAt } : {}),
      ...(form.values.details.trim() ? { details: form.values.details.trim() } : {}),
    };
    create.mutate(
      { body },
      {
        onSuccess: (created) => {
          notifySuccess(t('create.saved'));
          onClose();
          void navigate(`/privacy-requests/${created.id}`);
        },
        onError: (error) =>
          form.setServerErrors(splitFieldErrors(toProblem(error), FIELDS).byField),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('create.title')} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          {!customerId && (
            <CustomerPicker
              label={t('create.customer')}
              value={form.values.customerId || null}
              onChange={(value) => form.setValue('customerId', value ?? '')}
              onBlur={() => form.touch('customerId')}
              error={form.errorOf('customerId')}
            />
          )}
          <Select
            label={t('create.type')}
            withAsterisk
            data={REQUEST_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
            value={form.values.type || null}
            onChange={(value) => form.setValue('type', value ?? '')}
            onBlur={() => form.touch('type')}
            error={form.errorOf('type')}
          />
          <Select
            label={t('create.receivedVia')}
            withAsterisk
            data={RECEIVED_VIA.map((via) => ({ value: via, label: t(`channels.${via}`) }))}
            value={form.values.receivedVia || null}
            onChange={(value) => form.setValue('receivedVia', value ?? '')}
            onBlur={() => form.touch('receivedVia')}
            error={form.errorOf('receivedVia')}
          />
          <TextInput
            type="datetime-local"
            label={t('create.receivedAt')}
            description={t('create.receivedAtHint')}
            value={form.values.receivedAt}
            onChange={(event) => form.setValue('receivedAt', event.currentTarget.value)}
            onBlur={() => form.touch('receivedAt')}
            error={form.errorOf('receivedAt')}
          />
          <Textarea
            label={t('create.details')}
            autosize
            minRows={2}
            value={form.values.details}
            onChange={(event) => form.setValue('details', event.currentTarget.value)}
            error={form.errorOf('details')}
          />
          {create.isError && (unplaced.length > 0 || !toProblem(create.error)?.errors?.length) && (
            <Alert color="red" title={t('failed')}>
              {unplaced.length > 0 ? unplaced.join('; ') : errorText(create.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('create.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
