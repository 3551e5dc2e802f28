import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotAllowed } from '../../components/ui/not-allowed';
import { PageHeader } from '../../components/ui/page-header';
import { useErrorText } from '../../lib/use-error-text';
import { useCustomer } from './api/use-customer';
import { EditCustomerForm } from './components/form/edit-customer-form';
import { useCustomerPermissions } from './customer-permissions';

export const EditCustomerRoute = () => {
  const { t } = useTranslation(['customers', 'common']);
  const errorText = useErrorText();
  const { customerId = '' } = useParams();
  const { canWrite } = useCustomerPermissions();
  const query = useCustomer(customerId, { fresh: true });

  if (!canWrite) return <NotAllowed />;
  // Wait for this visit's own read: editing a cached copy would only end in a 412.
  if (query.isPending || !query.isFetchedAfterMount) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" title={t('customers:detail.loadFailed')}>
        {errorText(query.error)}
      </Alert>
    );
  }
  const { customer } = query.data;
  if (customer.status === 'anonymized') return <NotAllowed />;
  return (
    <>
      <PageHeader title={t('customers:form.editTitle', { name: customer.name })} />
      <EditCustomerForm key={customer.id} current={query.data} />
    </>
  );
};
