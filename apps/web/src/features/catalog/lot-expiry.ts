import { addDays } from '@bei-hub/domain';

/** Lots expiring within this many days are flagged, so they are sold or returned in time. */
export const NEAR_EXPIRY_DAYS = 90;

export type LotExpiryState = 'expired' | 'nearExpiry' | 'ok';

/** `today` is a WIB calendar date; the server's own `expired` flag wins when it says so. */
export const lotExpiryState = (
  lot: { expiryDate: string; expired?: boolean },
  today: string,
): LotExpiryState => {
  if (lot.expired || lot.expiryDate < today) return 'expired';
  return lot.expiryDate <= addDays(today, NEAR_EXPIRY_DAYS) ? 'nearExpiry' : 'ok';
};
