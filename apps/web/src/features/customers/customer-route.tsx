import { Alert, Anchor, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useErrorText } from '../../lib/use-error-text';
import { useCustomer } from './api/use-customer';
import { CustomerHeader } from './components/detail/customer-header';
import { CustomerTabs } from './components/detail/customer-tabs';
import { useCustomerPermissions } from './customer-permissions';

export const CustomerRoute = () => {
  const { t } = useTranslation(['customers', 'common']);
  const errorText = useErrorText();
  const { customerId = '' } = useParams();
  const { canWrite } = useCustomerPermissions();
  const query = useCustomer(customerId);

  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" title={t('customers:detail.loadFailed')}>
        {errorText(query.error)}{' '}
        <Anchor component={Link} to="/customers">
          {t('customers:detail.back')}
        </Anchor>
      </Alert>
    );
  }
  const { customer } = query.data;
  // An anonymised record is kept for the tax retention period and never changed again.
  const canEdit = canWrite && customer.status !== 'anonymized';
  return (
    <>
      <CustomerHeader customer={customer} canEdit={canEdit} />
      <CustomerTabs customer={customer} canWrite={canWrite} />
    </>
  );
};
