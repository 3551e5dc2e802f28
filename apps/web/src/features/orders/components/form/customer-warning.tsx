import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrderCustomer } from '../../api/use-order-customer';
import type { PickedCustomer } from './customer-picker';

type CustomerWarningProps = {
  customerId: string | null;
  /** What the picker chose; absent when the form opened with ?customerId= from a customer page. */
  picked: PickedCustomer | null;
  hasPrescriptionLine: boolean;
};

/** Says before submit what the server will refuse at submit (API-CONTRACT §5 rules). */
export const CustomerWarning = ({
  customerId,
  picked,
  hasPrescriptionLine,
}: CustomerWarningProps) => {
  const { t } = useTranslation('orders');
  const known = picked && picked.id === customerId ? picked : null;
  // Same query the picker made to name a preset customer, so no second request.
  const preset = useOrderCustomer(known ? null : customerId);
  const customer = known ?? (customerId ? preset.data : undefined);
  if (!customer) return null;
  if (customer.status !== 'active') {
    return (
      <Alert color="red" role="status">
        {t(`form.customerNotActive.${customer.status}`)}
      </Alert>
    );
  }
  const licensed = customer.licenseStatus === 'valid' || customer.licenseStatus === 'expiring';
  if (hasPrescriptionLine && !licensed) {
    return (
      <Alert color="orange" role="status">
        {t('form.licenseWarning')}
      </Alert>
    );
  }
  return null;
};
