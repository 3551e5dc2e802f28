import { useTranslation } from 'react-i18next';
import { NotAllowed } from '../../components/ui/not-allowed';
import { PageHeader } from '../../components/ui/page-header';
import { CreateCustomerForm } from './components/form/create-customer-form';
import { useCustomerPermissions } from './customer-permissions';

export const CreateCustomerRoute = () => {
  const { t } = useTranslation('customers');
  const { canWrite } = useCustomerPermissions();
  if (!canWrite) return <NotAllowed />;
  return (
    <>
      <PageHeader title={t('form.createTitle')} />
      <CreateCustomerForm />
    </>
  );
};
