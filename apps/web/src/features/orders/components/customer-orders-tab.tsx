import type { CustomerResponseDto } from '@bei-hub/api-client';
import { Button, Center, EmptyState, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../lib/use-error-text';
import { useOrdersList } from '../api/use-orders-list';
import { useOrderPermissions } from '../order-permissions';
import { OrdersTable } from './list/orders-table';

const PAGE_SIZE = 20;

type CustomerOrdersTabProps = { customer: Pick<CustomerResponseDto, 'id' | 'status'> };

/** A customer's orders, newest first, on the customer's record page. */
export const CustomerOrdersTab = ({ customer }: CustomerOrdersTabProps) => {
  const { t } = useTranslation(['orders', 'common']);
  const errorText = useErrorText();
  const { canCreateSale } = useOrderPermissions();
  const list = useOrdersList({ customerId: customer.id }, PAGE_SIZE);
  const orders = list.data?.pages.flatMap((page) => page.items) ?? [];
  const newOrder =
    canCreateSale && customer.status === 'active' ? (
      <Button component={Link} to={`/orders/new?kind=sale&customerId=${customer.id}`} size="xs">
        {t('orders:customerTab.newOrder')}
      </Button>
    ) : null;

  if (list.isPending) {
    return (
      <Center py="lg">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (list.isError) {
    return (
      <EmptyState title={t('orders:customerTab.loadFailed')} description={errorText(list.error)} />
    );
  }
  if (orders.length === 0) {
    return (
      <EmptyState
        title={t('orders:customerTab.emptyTitle')}
        description={t('orders:customerTab.emptyDescription')}
      >
        {newOrder && <EmptyState.Actions>{newOrder}</EmptyState.Actions>}
      </EmptyState>
    );
  }
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('orders:list.shown', { count: orders.length })}
        </Text>
        {newOrder}
      </Group>
      <OrdersTable orders={orders} withParty={false} maxHeight="60vh" />
      {list.hasNextPage && (
        <Center>
          <Button
            variant="subtle"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {t('orders:list.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
};
