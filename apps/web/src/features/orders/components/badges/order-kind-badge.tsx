import { Badge } from '@mantine/core';
import type { OrderKind } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';

export const OrderKindBadge = ({ kind }: { kind: OrderKind }) => {
  const { t } = useTranslation('orders');
  return (
    <Badge color={kind === 'sale' ? 'teal' : 'blue'} variant="outline" size="sm" tt="none">
      {t(`kind.${kind}`)}
    </Badge>
  );
};
