/**
 * Indonesian identifiers (DOMAIN.md). NIK: 16 digits — region (6), birth date DDMMYY with 40 added
 * to the day for women (6), serial (4). NPWP: 16 digits since 2024; the retired 15-digit form is
 * still accepted and kept as given.
 */
export function nikProblem(value: string): string | null {
  if (!/^\d{16}$/.test(value)) return 'must be exactly 16 digits';
  const province = Number(value.slice(0, 2));
  if (province < 11 || province > 99) return 'does not start with a valid province code';
  const day = Number(value.slice(6, 8));
  const month = Number(value.slice(8, 10));
  const birthDay = day > 40 ? day - 40 : day;
  if (birthDay < 1 || birthDay > 31 || month < 1 || month > 12)
    return 'does not contain a valid birth date';
  if (value.slice(12) === '0000') return 'has an invalid serial number';
  return null;
}

/** Digits only; separators people type (`01.234.567.8-901.000`) are dropped. */
export function normalizeNpwp(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

export function npwpProblem(value: string): string | null {
  const digits = normalizeNpwp(value);
  if (!/^\d+$/.test(digits)) return 'must contain only digits';
  if (digits.length !== 16 && digits.length !== 15)
    return 'must be 16 digits (or the retired 15-digit form)';
  return null;
}

/** `••••••••••••1234`: everything but the last four digits hidden. */
export function maskIdentifier(value: string): string {
  return `${'•'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;
}
