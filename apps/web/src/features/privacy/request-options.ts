import type { CreatePrivacyRequestDto, RejectPrivacyRequestDto } from '@bei-hub/api-client';

export const REQUEST_TYPES = [
  'access',
  'correction',
  'deletion',
  'anonymization',
  'blocking',
  'restriction',
  'objection',
  'consent_withdrawal',
] as const satisfies readonly CreatePrivacyRequestDto['type'][];

export const REQUEST_STATUSES = ['received', 'verified', 'completed', 'rejected'] as const;

export const RECEIVED_VIA = [
  'email',
  'phone',
  'letter',
  'in_person',
  'web_form',
  'whatsapp',
] as const satisfies readonly CreatePrivacyRequestDto['receivedVia'][];

export const REJECTION_GROUNDS = [
  'identity_not_verified',
  'manifestly_unfounded',
  'legal_obligation',
  'national_security',
  'law_enforcement',
  'other',
] as const satisfies readonly RejectPrivacyRequestDto['ground'][];

/** Narrows a Select's string to one of a known list. */
export const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value);

/** `YYYY-MM-DDTHH:mm` typed as Jakarta time (UTC+7, no daylight saving) → ISO instant. */
export const wibLocalToIso = (local: string): string | undefined => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return undefined;
  const date = new Date(`${local}:00+07:00`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};
