import { Badge, Text } from '@mantine/core';
import type { RiskLevel } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import { RISK_LEVEL_COLOR } from './order-colors';

/** A sale order is scored at submit; before that (and for purchases) there is no level. */
export const RiskLevelBadge = ({ level }: { level: RiskLevel | null | undefined }) => {
  const { t } = useTranslation('orders');
  if (!level) {
    return (
      <Text span c="dimmed" size="sm" aria-label={t('risk.none')}>
        —
      </Text>
    );
  }
  return (
    <Badge color={RISK_LEVEL_COLOR[level]} variant="dot" size="sm" tt="none">
      {t(`risk.${level}`)}
    </Badge>
  );
};
