import type { RecordConsentDto } from '@bei-hub/api-client';
import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { splitFieldErrors, toProblem } from '../../../lib/problem';
import { useErrorText } from '../../../lib/use-error-text';
import { type FieldErrors, useFormState } from '../../../lib/use-form-state';
import { usePrivacyNotices, useRecordConsent } from '../api/consent-queries';
import { usePurposeOptions } from '../use-purpose-label';

type Method = 'verbal' | 'written' | 'electronic';
const METHODS: readonly Method[] = ['verbal', 'written', 'electronic'];

type Values = { purpose: string; granted: 'yes' | 'no'; method: Method; evidence: string };
const FIELDS = ['purpose', 'granted', 'method', 'evidence'] as const;

type RecordConsentDialogProps = {
  customerId: string;
  opened: boolean;
  onClose: () => void;
  initialPurpose?: string;
};

/**
 * Appends one consent event. The notice version is the one in force, never typed: the server
 * refuses a grant tied to any other version.
 */
export const RecordConsentDialog = ({
  customerId,
  opened,
  onClose,
  initialPurpose,
}: RecordConsentDialogProps) => {
  const { t } = useTranslation('consent');
  const errorText = useErrorText();
  const notices = usePrivacyNotices();
  const inForce = notices.data?.items.find((notice) => notice.inForce) ?? null;
  const purposeOptions = usePurposeOptions();
  const record = useRecordConsent(customerId);
  const validate = useCallback(
    (values: Values): FieldErrors<Values> => ({
      purpose: values.purpose ? undefined : t('record.required'),
    }),
    [t],
  );
  const form = useFormState<Values>(
    { purpose: initialPurpose ?? '', granted: 'yes', method: 'written', evidence: '' },
    validate,
  );
  const problem = toProblem(record.error);
  const { unplaced } = splitFieldErrors(problem, FIELDS);

  const submit = () => {
    if (!form.trySubmit() || !inForce) return;
    const body: RecordConsentDto = {
      purpose: form.values.purpose,
      granted: form.values.granted === 'yes',
      method: form.values.method,
      noticeVersion: inForce.version,
      ...(form.values.evidence.trim() ? { evidence: form.values.evidence.trim() } : {}),
    };
    record.mutate(
      { path: { id: customerId }, body },
      {
        onSuccess: () => {
          notifySuccess(t('record.saved'));
          onClose();
        },
        onError: (error) =>
          form.setServerErrors(splitFieldErrors(toProblem(error), FIELDS).byField),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('record.title')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('record.purpose')}
            withAsterisk
            data={purposeOptions}
            value={form.values.purpose || null}
            onChange={(value) => form.setValue('purpose', value ?? '')}
            onBlur={() => form.touch('purpose')}
            error={form.errorOf('purpose')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="consent-decision">
              {t('record.decision')}
            </Text>
            <SegmentedControl
              aria-labelledby="consent-decision"
              data={[
                { value: 'yes', label: t('record.grant') },
                { value: 'no', label: t('record.withdraw') },
              ]}
              value={form.values.granted}
              onChange={(value) => form.setValue('granted', value === 'no' ? 'no' : 'yes')}
            />
          </Stack>
          <Select
            label={t('record.method')}
            withAsterisk
            allowDeselect={false}
            data={METHODS.map((method) => ({ value: method, label: t(`methods.${method}`) }))}
            value={form.values.method}
            onChange={(value) =>
              form.setValue('method', METHODS.find((method) => method === value) ?? 'written')
            }
            error={form.errorOf('method')}
          />
          <TextInput
            label={t('record.noticeVersion')}
            value={inForce?.version ?? ''}
            readOnly
            description={t('record.noticeHint')}
          />
          {notices.isSuccess && !inForce && <Alert color="orange">{t('record.noNotice')}</Alert>}
          <TextInput
            label={t('record.evidence')}
            description={t('record.evidenceHint')}
            value={form.values.evidence}
            onChange={(event) => form.setValue('evidence', event.currentTarget.value)}
            error={form.errorOf('evidence')}
          />
          {record.isError && (unplaced.length > 0 || !problem?.errors?.length) && (
            <Alert color="red" title={t('record.failed')}>
              {unplaced.length > 0 ? unplaced.join('; ') : errorText(record.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('record.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} disabled={!inForce}>
              {t('record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
