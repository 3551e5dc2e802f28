/** Customer vocabulary shared by the API and the SPA (API contract §4). */
export const CUSTOMER_TYPES = ['doctor', 'clinic'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const CUSTOMER_STATUSES = ['active', 'restricted', 'blocked', 'anonymized'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const LICENSE_KINDS = ['STR', 'SIP', 'CLINIC_PERMIT'] as const;
export type LicenseKind = (typeof LICENSE_KINDS)[number];

export const LICENSE_STATES = ['active', 'revoked'] as const;
export type LicenseState = (typeof LICENSE_STATES)[number];

export const LICENSE_STATUSES = ['valid', 'expiring', 'expired', 'none'] as const;
export type LicenseStatus = (typeof LICENSE_STATUSES)[number];

export const CUSTOMER_SOURCES = ['entered', 'imported', 'integrator'] as const;
export type CustomerSource = (typeof CUSTOMER_SOURCES)[number];

/** A licence expiring within this many days is shown as `expiring`. */
export const LICENSE_EXPIRING_DAYS = 30;

/** A doctor may hold SIPs for at most three practice locations (UU 17/2023). */
export const MAX_SIP_PER_DOCTOR = 3;

type LicenseForStatus = { status: LicenseState; validUntil: string | null };

/**
 * The worst state among active licences: any expired → `expired`; any within 30 days of expiry →
 * `expiring`; otherwise `valid`; no active licence → `none`. `today` is a WIB date (YYYY-MM-DD).
 */
export function deriveLicenseStatus(licenses: LicenseForStatus[], today: string): LicenseStatus {
  const active = licenses.filter((license) => license.status === 'active');
  if (active.length === 0) return 'none';
  const soon = addDays(today, LICENSE_EXPIRING_DAYS);
  if (active.some((l) => l.validUntil !== null && l.validUntil < today)) return 'expired';
  if (active.some((l) => l.validUntil !== null && l.validUntil <= soon)) return 'expiring';
  return 'valid';
}

export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** Today's date in Asia/Jakarta (WIB, UTC+7, no daylight saving). */
export function todayInJakarta(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Columns a customer CSV import may have, in the template's order; `type` and `name` are required. */
export const CUSTOMER_IMPORT_COLUMNS = [
  'type',
  'name',
  'email',
  'phone',
  'whatsapp',
  'nik',
  'npwp',
  'specialty',
  'address_line1',
  'district',
  'city',
  'province',
  'postal_code',
  'str_number',
  'str_valid_until',
  'sip_number',
  'sip_valid_until',
  'clinic_permit_number',
  'clinic_permit_valid_until',
  'credit_limit',
  'notes',
] as const;
