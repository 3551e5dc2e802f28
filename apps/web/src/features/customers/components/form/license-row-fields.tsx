import { Button, Fieldset, Grid, NativeSelect, TextInput } from '@mantine/core';
import { LICENSE_STATES, type LicenseKind, type LicenseState } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import type { LicenseRow } from '../../customer-form-values';
import { KINDS_BY_TYPE } from '../../customer-rules';
import { ClinicPicker } from '../clinic-picker';
import type { CustomerForm } from './bind-field';

type LicenseRowFieldsProps = { form: CustomerForm; index: number; customerId?: string };

/** One licence in the editor; its fields are keyed `licenses[i].…` like the server's errors. */
export const LicenseRowFields = ({ form, index, customerId }: LicenseRowFieldsProps) => {
  const { t } = useTranslation('customers');
  const row = form.values.licenses[index];
  if (!row) return null;
  const at = `licenses[${index}]`;
  const allowed = KINDS_BY_TYPE[form.values.type];
  // A kind the type cannot hold (after switching type) stays listed so it can be seen and fixed.
  const kinds: readonly LicenseKind[] = allowed.includes(row.kind)
    ? allowed
    : [...allowed, row.kind];

  const edit = (field: keyof LicenseRow, patch: Partial<LicenseRow>) =>
    form.update(`${at}.${field}`, (values) => ({
      ...values,
      licenses: values.licenses.map((license, i) =>
        i === index ? { ...license, ...patch } : license,
      ),
    }));
  const remove = () =>
    form.update('licenses', (values) => ({
      ...values,
      licenses: values.licenses.filter((_, i) => i !== index),
    }));
  const bind = (field: 'number' | 'validUntil') => ({
    value: row[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      edit(field, { [field]: event.currentTarget.value }),
    onBlur: () => form.touch(`${at}.${field}`),
    error: form.errorOf(`${at}.${field}`),
  });

  return (
    <Fieldset legend={t('form.licenseRow', { index: index + 1 })} variant="filled" p="sm">
      <Grid gap="xs" align="flex-start">
        <Grid.Col span={{ base: 6, md: 2 }}>
          <NativeSelect
            label={t('form.licenseKind')}
            data={kinds.map((kind) => ({ value: kind, label: t(`licenseKinds.${kind}`) }))}
            value={row.kind}
            onChange={(event) => {
              const kind = kinds.find((candidate) => candidate === event.currentTarget.value);
              if (kind) edit('kind', { kind });
            }}
            error={form.errorOf(`${at}.kind`)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 3 }}>
          <TextInput
            label={t('form.licenseNumber')}
            withAsterisk
            maxLength={64}
            {...bind('number')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 3 }}>
          {/* Empty means no expiry; the section's hint says so, keeping the row's fields aligned. */}
          <TextInput
            type="date"
            label={t('form.validUntil')}
            title={t('form.validUntilHint')}
            {...bind('validUntil')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <NativeSelect
            label={t('form.licenseStatus')}
            data={LICENSE_STATES.map((state) => ({
              value: state,
              label: t(`licenseStates.${state}`),
            }))}
            value={row.status}
            onChange={(event) => {
              const status = LICENSE_STATES.find(
                (state): state is LicenseState => state === event.currentTarget.value,
              );
              if (status) edit('status', { status });
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 2 }}>
          <Button
            variant="subtle"
            color="red"
            mt={{ base: 0, md: 25 }}
            onClick={remove}
            aria-label={t('form.removeLicense', { index: index + 1 })}
          >
            ✕
          </Button>
        </Grid.Col>
        {row.kind === 'SIP' && (
          <Grid.Col span={12}>
            <ClinicPicker
              label={t('form.practiceClinic')}
              value={row.practiceClinicId}
              onChange={(practiceClinicId) => edit('practiceClinicId', { practiceClinicId })}
              error={form.errorOf(`${at}.practiceClinicId`)}
              excludeId={customerId}
            />
          </Grid.Col>
        )}
      </Grid>
    </Fieldset>
  );
};
