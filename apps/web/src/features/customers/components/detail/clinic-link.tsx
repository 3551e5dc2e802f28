import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCustomerName } from '../../api/use-customer-name';

/** A SIP's practice clinic by name, linking to it; a clinic outside the caller's scope says so. */
export const ClinicLink = ({ clinicId }: { clinicId: string }) => {
  const { t } = useTranslation('customers');
  const name = useCustomerName(clinicId);
  if (name.isError) {
    return (
      <Text size="sm" c="dimmed">
        {t('licenses.clinicHidden')}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={`/customers/${clinicId}`} size="sm">
      {name.data ?? '…'}
    </Anchor>
  );
};
