import { Badge } from '@mantine/core';
import type { CustomerType } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_TYPE_COLOR } from './status-colors';

export const CustomerTypeBadge = ({
  type,
  size = 'xs',
}: {
  type: CustomerType;
  size?: 'xs' | 'sm';
}) => {
  const { t } = useTranslation('customers');
  return (
    <Badge color={CUSTOMER_TYPE_COLOR[type]} variant="outline" size={size} tt="none">
      {t(`types.${type}`)}
    </Badge>
  );
};
