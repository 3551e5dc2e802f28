import type { CreatePrivacyNoticeDto } from '@bei-hub/api-client';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { splitFieldErrors, toProblem } from '../../../lib/problem';
import { useErrorText } from '../../../lib/use-error-text';
import { type FieldErrors, useFormState } from '../../../lib/use-form-state';
import { useCreatePrivacyNotice } from '../api/consent-queries';

type Values = {
  version: string;
  effectiveFrom: string;
  title: string;
  body: string;
  titleEn: string;
  bodyEn: string;
};
const FIELDS = ['version', 'effectiveFrom', 'title', 'body', 'titleEn', 'bodyEn'] as const;

/** `YYYY-MM-DD` as the start of that day in Jakarta. */
const startOfWibDay = (day: string): string => new Date(`${day}T00:00:00+07:00`).toISOString();

export const NewNoticeDialog = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation('consent');
  const errorText = useErrorText();
  const create = useCreatePrivacyNotice();
  const validate = useCallback(
    (values: Values): FieldErrors<Values> => {
      const required = t('record.required');
      return {
        version: values.version.trim() ? undefined : required,
        effectiveFrom: /^\d{4}-\d{2}-\d{2}$/.test(values.effectiveFrom) ? undefined : required,
        title: values.title.trim() ? undefined : required,
        body: values.body.trim() ? undefined : required,
      };
    },
    [t],
  );
  const form = useFormState<Values>(
    { version: '', effectiveFrom: '', title: '', body: '', titleEn: '', bodyEn: '' },
    validate,
  );
  const problem = toProblem(create.error);
  const { unplaced } = splitFieldErrors(problem, FIELDS);

  const submit = () => {
    if (!form.trySubmit()) return;
    const { values } = form;
    const body: CreatePrivacyNoticeDto = {
      version: values.version.trim(),
      effectiveFrom: startOfWibDay(values.effectiveFrom),
      title: values.title.trim(),
      body: values.body.trim(),
      ...(values.titleEn.trim() ? { titleEn: values.titleEn.trim() } : {}),
      ...(values.bodyEn.trim() ? { bodyEn: values.bodyEn.trim() } : {}),
    };
    create.mutate(
      { body },
      {
        onSuccess: () => {
          notifySuccess(t('notices.saved'));
          onClose();
        },
        onError: (error) => {
          const found = toProblem(error);
          const { byField } = splitFieldErrors(found, FIELDS);
          form.setServerErrors(
            found?.status === 409 ? { ...byField, version: t('notices.exists') } : byField,
          );
        },
      },
    );
  };

  const text = (field: (typeof FIELDS)[number]) => ({
    value: form.values[field],
    onChange: (event: { currentTarget: { value: string } }) =>
      form.setValue(field, event.currentTarget.value),
    onBlur: () => form.touch(field),
    error: form.errorOf(field),
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('notices.createTitle')} size="xl">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Group grow>
            <TextInput label={t('notices.version')} withAsterisk {...text('version')} />
            <TextInput
              type="date"
              label={t('notices.effectiveFrom')}
              withAsterisk
              {...text('effectiveFrom')}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Stack gap="sm">
              <TextInput label={t('notices.titleId')} withAsterisk {...text('title')} />
              <Textarea
                label={t('notices.bodyId')}
                withAsterisk
                autosize
                minRows={8}
                {...text('body')}
              />
            </Stack>
            <Stack gap="sm">
              <TextInput label={t('notices.titleEn')} {...text('titleEn')} />
              <Textarea label={t('notices.bodyEn')} autosize minRows={8} {...text('bodyEn')} />
            </Stack>
          </SimpleGrid>
          {create.isError &&
            problem?.status !== 409 &&
            (unplaced.length > 0 || !problem?.errors?.length) && (
              <Alert color="red">
                {unplaced.length > 0 ? unplaced.join('; ') : errorText(create.error)}
              </Alert>
            )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('record.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('notices.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
