import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { MAX_SIP_PER_DOCTOR } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import { newLicenseRow } from '../../customer-form-values';
import { KINDS_BY_TYPE } from '../../customer-rules';
import type { CustomerForm } from './bind-field';
import { FormSection } from './form-section';
import { LicenseRowFields } from './license-row-fields';

type LicensesSectionProps = { form: CustomerForm; customerId?: string };

/** The whole licence list; the API replaces it as one, so rows are added and removed freely here. */
export const LicensesSection = ({ form, customerId }: LicensesSectionProps) => {
  const { t } = useTranslation('customers');
  const { type, licenses } = form.values;
  const listError = form.errorOf('licenses');

  return (
    <FormSection
      title={t('form.licenses')}
      description={
        type === 'doctor'
          ? t('form.licensesHintDoctor', { max: MAX_SIP_PER_DOCTOR })
          : t('form.licensesHintClinic')
      }
    >
      {licenses.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('form.noLicenses')}
        </Text>
      )}
      <Stack gap="xs">
        {licenses.map((row, index) => (
          <LicenseRowFields key={row.key} form={form} index={index} customerId={customerId} />
        ))}
      </Stack>
      {listError && (
        <Alert color="red" role="alert" py="xs">
          {listError}
        </Alert>
      )}
      <Group gap="xs">
        {KINDS_BY_TYPE[type].map((kind) => (
          <Button
            key={kind}
            variant="light"
            size="xs"
            onClick={() => {
              form.update('licenses', (values) => ({
                ...values,
                licenses: [...values.licenses, newLicenseRow(kind)],
              }));
              // The SIP limit is a rule about the list: say so as soon as it is broken.
              form.touch('licenses');
            }}
          >
            + {t('form.addLicense', { kind: t(`licenseKinds.${kind}`) })}
          </Button>
        ))}
      </Group>
    </FormSection>
  );
};
