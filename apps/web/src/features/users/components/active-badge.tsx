import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// One colour per status everywhere: active = teal, inactive = gray.
export const ActiveBadge = ({ active }: { active: boolean }) => {
  const { t } = useTranslation('common');
  return (
    <Badge variant="dot" color={active ? 'teal' : 'gray'} size="sm" tt="none">
      {active ? t('status.active') : t('status.inactive')}
    </Badge>
  );
};
