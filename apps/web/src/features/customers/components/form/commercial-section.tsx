import { NumberInput, Select, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../../lib/i18n';
import { useSalesReps } from '../../api/use-sales-reps';
import { useCustomerPermissions } from '../../customer-permissions';
import { bindText, type CustomerForm } from './bind-field';
import { FormSection } from './form-section';

const NUMBER_STYLE = {
  id: { thousandSeparator: '.', decimalSeparator: ',', prefix: 'Rp ' },
  en: { thousandSeparator: ',', decimalSeparator: '.', prefix: 'IDR ' },
} as const;

type CommercialSectionProps = { form: CustomerForm; creating: boolean };

export const CommercialSection = ({ form, creating }: CommercialSectionProps) => {
  const { t, i18n } = useTranslation('customers');
  const { canChooseOwner } = useCustomerPermissions();
  const reps = useSalesReps(canChooseOwner);
  const { ownerId } = form.values;
  const repOptions = (reps.data?.items ?? []).map((rep) => ({
    value: rep.id,
    label: `${rep.name} · ${rep.email}`,
  }));
  // The owner may be someone who is not (or no longer) a sales rep; keep them selectable.
  const ownerOptions =
    ownerId && !repOptions.some((option) => option.value === ownerId)
      ? [...repOptions, { value: ownerId, label: t('owner.other') }]
      : repOptions;

  return (
    <FormSection title={t('form.commercial')}>
      {canChooseOwner ? (
        <Select
          label={t('form.owner')}
          description={t('form.ownerHint')}
          placeholder={t('owner.none')}
          searchable
          clearable
          data={ownerOptions}
          value={ownerId}
          onChange={(next) => form.update('ownerId', (values) => ({ ...values, ownerId: next }))}
          error={form.errorOf('ownerId')}
        />
      ) : (
        creating && (
          <Text size="sm" c="dimmed">
            {t('form.ownerSelf')}
          </Text>
        )
      )}
      <NumberInput
        label={t('form.creditLimit')}
        description={t('form.creditLimitHint')}
        {...NUMBER_STYLE[currentLanguage(i18n)]}
        allowDecimal={false}
        allowNegative={false}
        hideControls
        value={form.values.creditLimit}
        onChange={(next) =>
          form.update('creditLimit', (values) => ({
            ...values,
            creditLimit: typeof next === 'number' ? next : '',
          }))
        }
        onBlur={() => form.touch('creditLimit')}
        error={form.errorOf('creditLimit')}
      />
      <Textarea
        label={t('form.notes')}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={2000}
        {...bindText(form, 'notes')}
      />
    </FormSection>
  );
};
