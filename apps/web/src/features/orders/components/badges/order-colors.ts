import type { MantineColor } from '@mantine/core';
import type { OrderStatus, RiskLevel } from '@bei-hub/domain';

// One colour per status everywhere (STYLE §10): waiting for a person is always yellow.
export const ORDER_STATUS_COLOR: Record<OrderStatus, MantineColor> = {
  draft: 'gray',
  submitted: 'blue',
  on_review: 'yellow',
  approved: 'cyan',
  fulfilled: 'indigo',
  invoiced: 'grape',
  paid: 'green',
  received: 'green',
  cancelled: 'dark',
};

export const RISK_LEVEL_COLOR: Record<RiskLevel, MantineColor> = {
  low: 'gray',
  medium: 'orange',
  high: 'red',
};
