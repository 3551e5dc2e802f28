import type { OrderResponseDto } from '@bei-hub/api-client';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatMoney } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';
import { OrderKindBadge } from '../badges/order-kind-badge';
import { OrderStatusBadge } from '../badges/order-status-badge';
import { RiskLevelBadge } from '../badges/risk-level-badge';

type OrderHeaderProps = {
  order: OrderResponseDto;
  partyName: string | null;
  canEdit: boolean;
};

/** The key facts at a glance: number, status, for whom, when, how much. */
export const OrderHeader = ({ order, partyName, canEdit }: OrderHeaderProps) => {
  const { t, i18n } = useTranslation('orders');
  const language = currentLanguage(i18n);
  const party = partyName ?? t('detail.partyHidden');

  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
      <Stack gap={4}>
        <Anchor component={Link} to="/orders" size="sm">
          {t('detail.back')}
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            {order.number}
          </Title>
          <OrderKindBadge kind={order.kind} />
          <OrderStatusBadge status={order.status} />
          {order.risk && <RiskLevelBadge level={order.risk.level} />}
        </Group>
        <Text size="sm">
          {order.kind === 'sale' ? t('detail.customer') : t('detail.supplier')}:{' '}
          {order.kind === 'sale' && order.customerId ? (
            <Anchor component={Link} to={`/customers/${order.customerId}`} fw={500}>
              {party}
            </Anchor>
          ) : (
            <b>{party}</b>
          )}
          {' · '}
          {t('detail.total')}: <b>{formatMoney(order.total, language)}</b>
        </Text>
        <Text size="xs" c="dimmed">
          {t('detail.createdAt', { date: formatDateTime(order.createdAt, language) })}
          {order.customerPoNumber && ` · ${t('detail.poNumber', { po: order.customerPoNumber })}`}
        </Text>
        {order.notes && (
          <Text size="sm" c="dimmed" maw={640}>
            {t('detail.notes')}: {order.notes}
          </Text>
        )}
      </Stack>
      <Group gap="xs">
        {canEdit && (
          <Button variant="default" component={Link} to={`/orders/${order.id}/edit`}>
            {t('detail.edit')}
          </Button>
        )}
        <Button variant="default" component={Link} to={`/orders/${order.id}/print`}>
          {t('detail.print')}
        </Button>
      </Group>
    </Group>
  );
};
