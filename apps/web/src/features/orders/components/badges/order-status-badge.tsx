import { Badge } from '@mantine/core';
import type { OrderStatus } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUS_COLOR } from './order-colors';

export const OrderStatusBadge = ({ status }: { status: OrderStatus }) => {
  const { t } = useTranslation('orders');
  return (
    <Badge color={ORDER_STATUS_COLOR[status]} variant="light" size="sm" tt="none">
      {t(`status.${status}`)}
    </Badge>
  );
};
