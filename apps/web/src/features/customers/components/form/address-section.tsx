import { Grid, Select, TextInput } from '@mantine/core';
import { PROVINCES, REGIONS } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import { bindAddress, type CustomerForm, setAddress } from './bind-field';
import { FormSection } from './form-section';

/** Province and city come from the official list the server checks against (libs/domain). */
export const AddressSection = ({ form }: { form: CustomerForm }) => {
  const { t } = useTranslation('customers');
  const { province, city } = form.values.address;
  const cities = REGIONS[province] ?? [];

  return (
    <FormSection title={t('form.address')} description={t('form.addressHint')}>
      <TextInput label={t('form.line1')} maxLength={200} {...bindAddress(form, 'line1')} />
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('form.province')}
            searchable
            clearable
            data={PROVINCES}
            value={province || null}
            onChange={(next) => {
              setAddress(form, 'province', next ?? '');
              // Keep the city only if it lies in the new province.
              if (city && !(REGIONS[next ?? ''] ?? []).includes(city)) setAddress(form, 'city', '');
            }}
            onBlur={() => form.touch('address.province')}
            error={form.errorOf('address.province')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('form.city')}
            searchable
            clearable
            disabled={!province}
            placeholder={province ? undefined : t('form.cityHint')}
            // A saved city the list no longer has stays visible (and flagged) instead of vanishing.
            data={city && !cities.includes(city) ? [...cities, city] : cities}
            value={city || null}
            onChange={(next) => setAddress(form, 'city', next ?? '')}
            onBlur={() => form.touch('address.city')}
            error={form.errorOf('address.city')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label={t('form.district')}
            maxLength={100}
            {...bindAddress(form, 'district')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('form.postalCode')}
            inputMode="numeric"
            maxLength={5}
            {...bindAddress(form, 'postalCode')}
          />
        </Grid.Col>
      </Grid>
    </FormSection>
  );
};
