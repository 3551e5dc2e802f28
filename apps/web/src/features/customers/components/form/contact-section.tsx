import { SimpleGrid, TextInput } from '@mantine/core';
import { normalizePhone } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import { bindText, type CustomerForm } from './bind-field';
import { FormSection } from './form-section';

export const ContactSection = ({ form }: { form: CustomerForm }) => {
  const { t } = useTranslation('customers');
  // Shows the E.164 form the server will store, so a typo in the prefix is seen before saving.
  const phoneHint = (typed: string) => {
    const normalized = typed.trim() ? normalizePhone(typed) : null;
    return normalized && normalized !== typed.trim()
      ? t('form.phoneStoredAs', { phone: normalized })
      : t('form.phoneHint');
  };
  return (
    <FormSection title={t('form.contact')}>
      <TextInput
        label={t('form.email')}
        type="email"
        autoComplete="off"
        maxLength={254}
        {...bindText(form, 'email')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('form.phone')}
          type="tel"
          description={phoneHint(form.values.phone)}
          {...bindText(form, 'phone')}
        />
        <TextInput
          label={t('form.whatsapp')}
          type="tel"
          description={phoneHint(form.values.whatsapp)}
          {...bindText(form, 'whatsapp')}
        />
      </SimpleGrid>
    </FormSection>
  );
};
