import type { MantineColor } from '@mantine/core';
import type { CustomerStatus, CustomerType, LicenseStatus } from '@bei-hub/domain';

// One colour per status everywhere (STYLE §10): a red badge always means the same thing.
export const LICENSE_STATUS_COLOR: Record<LicenseStatus, MantineColor> = {
  valid: 'green',
  expiring: 'orange',
  expired: 'red',
  none: 'gray',
};

export const CUSTOMER_STATUS_COLOR: Record<CustomerStatus, MantineColor> = {
  active: 'teal',
  restricted: 'yellow',
  blocked: 'red',
  anonymized: 'gray',
};

export const CUSTOMER_TYPE_COLOR: Record<CustomerType, MantineColor> = {
  doctor: 'blue',
  clinic: 'grape',
};
