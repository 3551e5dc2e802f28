import { Alert, Anchor, Center, Grid, Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { toProblem } from '../../lib/problem';
import { useErrorText } from '../../lib/use-error-text';
import { useOrder } from './api/use-order';
import { usePartyName } from './api/use-party-name';
import { AllocationsTable } from './components/detail/allocations-table';
import { OrderActions } from './components/detail/order-actions';
import { OrderHeader } from './components/detail/order-header';
import { OrderHistory } from './components/detail/order-history';
import { OrderLinesTable } from './components/detail/order-lines-table';
import { OrderProblemAlert } from './components/detail/order-problem-alert';
import { OrderTotals } from './components/detail/order-totals';
import { RiskPanel } from './components/detail/risk-panel';
import { Section } from './components/detail/section';
import { actionsFor, canEditDraft, useOrderPermissions } from './order-permissions';
import { orderProblemKind } from './order-problem';

export const OrderRoute = () => {
  const { t } = useTranslation(['orders', 'common']);
  const errorText = useErrorText();
  const { orderId = '' } = useParams();
  const { roles, canTrace } = useOrderPermissions();
  const query = useOrder(orderId);
  const party = usePartyName(query.data?.order);
  const [failure, setFailure] = useState<unknown>(null);

  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" title={t('orders:detail.loadFailed')}>
        {errorText(query.error)}{' '}
        <Anchor component={Link} to="/orders">
          {t('orders:detail.back')}
        </Anchor>
      </Alert>
    );
  }
  const { order } = query.data;

  const failed = (error: unknown) => {
    setFailure(error);
    // Someone else moved the order on: show where it stands now.
    if (orderProblemKind(toProblem(error)) === 'illegal-transition') void query.refetch();
  };

  return (
    <Stack gap="md">
      <OrderHeader order={order} partyName={party.name} canEdit={canEditDraft(roles, order)} />
      <OrderActions
        order={order}
        actions={actionsFor(roles, order)}
        onFailed={failed}
        onStarted={() => setFailure(null)}
      />
      {failure !== null && <OrderProblemAlert error={failure} onClose={() => setFailure(null)} />}
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Section title={t('orders:detail.linesTitle')}>
              <OrderLinesTable lines={order.lines} kind={order.kind} />
            </Section>
            {order.kind === 'sale' && (
              <Section title={t('orders:detail.allocationsTitle')}>
                <AllocationsTable
                  allocations={order.allocations}
                  lines={order.lines}
                  canTrace={canTrace}
                />
              </Section>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Section title={t('orders:totals.title')}>
              <OrderTotals totals={order} />
            </Section>
            {order.kind === 'sale' && (
              <RiskPanel
                risk={order.risk ?? null}
                reviewReasons={order.reviewReasons}
                reviewNote={order.reviewNote}
                status={order.status}
              />
            )}
            <Section title={t('orders:detail.historyTitle')}>
              <OrderHistory
                status={order.status}
                createdAt={order.createdAt}
                updatedAt={order.updatedAt}
                reviewNote={order.reviewNote}
              />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
};
