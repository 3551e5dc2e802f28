import { Badge } from '@mantine/core';
import type { CustomerStatus } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_STATUS_COLOR } from './status-colors';

export const CustomerStatusBadge = ({ status }: { status: CustomerStatus }) => {
  const { t } = useTranslation('customers');
  return (
    <Badge
      color={CUSTOMER_STATUS_COLOR[status]}
      variant="dot"
      size="sm"
      tt="none"
      data-status={status}
    >
      {t(`status.${status}`)}
    </Badge>
  );
};
