import { Group, Input, SegmentedControl, SimpleGrid, TextInput } from '@mantine/core';
import { CUSTOMER_TYPES, type CustomerType } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import { CustomerTypeBadge } from '../badges/customer-type-badge';
import { bindText, type CustomerForm } from './bind-field';
import { FormSection } from './form-section';

/** Masked NIK/NPWP on record (edit only): typing replaces them, leaving empty keeps them. */
export type StoredIdentifiers = { nik: string | null; npwp: string | null };

type IdentitySectionProps = { form: CustomerForm; stored?: StoredIdentifiers };

const isCustomerType = (value: string): value is CustomerType =>
  CUSTOMER_TYPES.some((type) => type === value);

export const IdentitySection = ({ form, stored }: IdentitySectionProps) => {
  const { t } = useTranslation('customers');
  const { type } = form.values;
  const storedHint = (field: 'nik' | 'npwp') => {
    const masked = stored?.[field];
    if (masked) return t(field === 'nik' ? 'form.nikStored' : 'form.npwpStored', { masked });
    return t(field === 'nik' ? 'form.nikHint' : 'form.npwpHint');
  };

  return (
    <FormSection title={t('form.identity')}>
      <Input.Wrapper label={t('form.type')}>
        <Group mt={4}>
          {stored ? (
            // A record's type is fixed once created: a clinic does not become a doctor.
            <CustomerTypeBadge type={type} size="sm" />
          ) : (
            <SegmentedControl
              aria-label={t('form.type')}
              data={CUSTOMER_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
              value={type}
              onChange={(value) => {
                if (isCustomerType(value))
                  form.update('type', (values) => ({ ...values, type: value }));
              }}
            />
          )}
        </Group>
      </Input.Wrapper>
      <TextInput
        label={t('form.name')}
        description={t(type === 'doctor' ? 'form.nameHintDoctor' : 'form.nameHintClinic')}
        withAsterisk
        maxLength={200}
        data-autofocus
        {...bindText(form, 'name')}
      />
      <TextInput label={t('form.specialty')} maxLength={100} {...bindText(form, 'specialty')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {type === 'doctor' && (
          <TextInput
            label={t('form.nik')}
            description={storedHint('nik')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={24}
            {...bindText(form, 'nik')}
          />
        )}
        <TextInput
          label={t('form.npwp')}
          description={storedHint('npwp')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={24}
          {...bindText(form, 'npwp')}
        />
      </SimpleGrid>
    </FormSection>
  );
};
