import { Badge } from '@mantine/core';
import type { AuditEventDto } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';

const COLOR: Record<AuditEventDto['outcome'], string> = {
  success: 'teal',
  failure: 'red',
  denied: 'orange',
};

export const OutcomeBadge = ({ outcome }: { outcome: AuditEventDto['outcome'] }) => {
  const { t } = useTranslation('audit');
  return (
    <Badge variant="light" color={COLOR[outcome]} size="sm" tt="none">
      {t(`outcome.${outcome}`)}
    </Badge>
  );
};
