import { Alert, Anchor, Center, Loader, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotAllowed } from '../../components/ui/not-allowed';
import { PageHeader } from '../../components/ui/page-header';
import { useErrorText } from '../../lib/use-error-text';
import { useOrder } from './api/use-order';
import { usePartyName } from './api/use-party-name';
import { EditOrderForm } from './components/form/edit-order-form';
import { canEditDraft, useOrderPermissions } from './order-permissions';

export const EditOrderRoute = () => {
  const { t } = useTranslation(['orders', 'common']);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { orderId = '' } = useParams();
  const { roles } = useOrderPermissions();
  // Always the latest version: a stale ETag only earns a 412.
  const query = useOrder(orderId, { fresh: true });
  const party = usePartyName(query.data?.order);
  const back = `/orders/${orderId}`;

  if (query.isPending || party.pending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" title={t('orders:detail.loadFailed')}>
        {errorText(query.error)}
      </Alert>
    );
  }
  const { order } = query.data;
  if (!canEditDraft(roles, order)) {
    if (order.status === 'draft') return <NotAllowed />;
    return (
      <Alert color="yellow" title={t('orders:form.notDraftTitle')}>
        {t('orders:form.notDraft', { status: t(`orders:status.${order.status}`) })}{' '}
        <Anchor component={Link} to={back}>
          {t('orders:detail.backToOrder')}
        </Anchor>
      </Alert>
    );
  }
  return (
    <>
      <PageHeader title={t('orders:form.editTitle', { number: order.number })} />
      <Paper withBorder p="md">
        <EditOrderForm
          key={order.id}
          current={query.data}
          partyName={party.name ?? '—'}
          onCancel={() => navigate(back)}
        />
      </Paper>
    </>
  );
};
