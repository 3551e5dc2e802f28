import { Button, Center, EmptyState, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { useErrorText } from '../../lib/use-error-text';
import { useOrdersList } from './api/use-orders-list';
import { NewOrderButtons } from './components/list/new-order-buttons';
import { OrdersFilters } from './components/list/orders-filters';
import { OrdersTable } from './components/list/orders-table';
import { useOrderPermissions } from './order-permissions';
import { ORDER_FILTER_NAMES, useOrderListParams } from './use-order-list-params';

export const OrdersRoute = () => {
  const { t } = useTranslation(['orders', 'common']);
  const errorText = useErrorText();
  const { filters, filtered, change } = useOrderListParams();
  const { canCreateSale } = useOrderPermissions();
  const list = useOrdersList(filters);
  const orders = list.data?.pages.flatMap((page) => page.items) ?? [];
  const clearAll = () => change(Object.fromEntries(ORDER_FILTER_NAMES.map((name) => [name, null])));

  const body = () => {
    if (list.isPending) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (list.isError) {
      return <EmptyState title={t('orders:list.loadFailed')} description={errorText(list.error)} />;
    }
    if (orders.length === 0) {
      return filtered ? (
        <EmptyState
          title={t('orders:list.emptyFilteredTitle')}
          description={t('orders:list.emptyFilteredDescription')}
        >
          <EmptyState.Actions>
            <Button variant="light" onClick={clearAll}>
              {t('orders:list.clearFilters')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <EmptyState
          title={t('orders:list.emptyTitle')}
          description={
            canCreateSale ? t('orders:list.emptyDescription') : t('orders:list.emptyReadOnly')
          }
        />
      );
    }
    return <OrdersTable orders={orders} />;
  };

  return (
    <>
      <PageHeader
        title={t('orders:list.title')}
        description={t('orders:list.subtitle')}
        actions={<NewOrderButtons />}
      />
      <Stack gap="sm">
        <OrdersFilters filters={filters} filtered={filtered} onChange={change} />
        {body()}
        {orders.length > 0 && (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('orders:list.shown', { count: orders.length })}
            </Text>
            {list.hasNextPage && (
              <Button
                variant="subtle"
                loading={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {t('orders:list.loadMore')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </>
  );
};
