import type { OrderSummaryDto } from '@bei-hub/api-client';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatMoney } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';
import { OrderKindBadge } from '../badges/order-kind-badge';
import { OrderStatusBadge } from '../badges/order-status-badge';
import { RiskLevelBadge } from '../badges/risk-level-badge';

type OrdersTableProps = {
  orders: readonly OrderSummaryDto[];
  /** A customer's own tab already names the customer. */
  withParty?: boolean;
  maxHeight?: string;
};

export const OrdersTable = ({
  orders,
  withParty = true,
  maxHeight = 'calc(100vh - 300px)',
}: OrdersTableProps) => {
  const { t, i18n } = useTranslation('orders');
  const language = currentLanguage(i18n);

  return (
    <Table.ScrollContainer minWidth={860} maxHeight={maxHeight}>
      <Table stickyHeader striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.number')}</Table.Th>
            <Table.Th>{t('columns.kind')}</Table.Th>
            {withParty && <Table.Th>{t('columns.party')}</Table.Th>}
            <Table.Th>{t('columns.status')}</Table.Th>
            <Table.Th>{t('columns.risk')}</Table.Th>
            <Table.Th ta="right">{t('columns.total')}</Table.Th>
            <Table.Th>{t('columns.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.map((order) => (
            <Table.Tr key={order.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {/* The number is the row's link: reachable by Tab, opens with Enter. */}
                <Anchor component={Link} to={`/orders/${order.id}`} fw={500}>
                  {order.number}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <OrderKindBadge kind={order.kind} />
              </Table.Td>
              {withParty && (
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {order.customerName ?? order.supplierName ?? '—'}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>
                <OrderStatusBadge status={order.status} />
              </Table.Td>
              <Table.Td>
                <RiskLevelBadge level={order.riskLevel} />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(order.total, language)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(order.createdAt, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
