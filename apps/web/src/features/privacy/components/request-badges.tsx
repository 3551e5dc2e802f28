import type { PrivacyRequestDto } from '@bei-hub/api-client';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// One colour per status everywhere (STYLE §10).
const STATUS_COLORS: Record<PrivacyRequestDto['status'], string> = {
  received: 'yellow',
  verified: 'blue',
  completed: 'teal',
  rejected: 'gray',
};

export const RequestStatusBadge = ({ status }: { status: PrivacyRequestDto['status'] }) => {
  const { t } = useTranslation('privacy');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`statuses.${status}`)}
    </Badge>
  );
};
