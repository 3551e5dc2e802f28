import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LotExpiryState } from '../../lot-expiry';

// Same meaning as licences everywhere: expired = red, expiring = orange.
const COLOR: Record<LotExpiryState, MantineColor> = {
  expired: 'red',
  nearExpiry: 'orange',
  ok: 'green',
};

export const LotExpiryBadge = ({ state }: { state: LotExpiryState }) => {
  const { t } = useTranslation('catalog');
  return (
    <Badge color={COLOR[state]} variant="light" size="sm" tt="none">
      {t(`lots.${state}`)}
    </Badge>
  );
};
