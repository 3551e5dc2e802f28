import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { NotAllowed } from '../../components/ui/not-allowed';
import { PageHeader } from '../../components/ui/page-header';
import { CreateOrderForm } from './components/form/create-order-form';
import { emptyOrder } from './order-form-values';
import { useOrderPermissions } from './order-permissions';

/** `/orders/new?kind=sale|purchase`, optionally `&customerId=` from a customer's page. */
export const CreateOrderRoute = () => {
  const { t } = useTranslation('orders');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { canCreateSale, canCreatePurchase } = useOrderPermissions();
  const kind = params.get('kind') === 'purchase' ? 'purchase' : 'sale';
  const customerId = params.get('customerId');

  if (kind === 'purchase' ? !canCreatePurchase : !canCreateSale) return <NotAllowed />;
  return (
    <>
      <PageHeader
        title={kind === 'sale' ? t('form.createSaleTitle') : t('form.createPurchaseTitle')}
        description={kind === 'sale' ? t('form.createSaleHint') : t('form.createPurchaseHint')}
      />
      <Paper withBorder p="md">
        {/* Keyed by kind so switching between the two never carries lines across. */}
        <CreateOrderForm
          key={kind}
          initial={emptyOrder(kind, customerId)}
          onCancel={() => navigate(customerId ? `/customers/${customerId}?tab=orders` : '/orders')}
        />
      </Paper>
    </>
  );
};
