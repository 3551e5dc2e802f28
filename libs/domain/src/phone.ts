/**
 * Indonesian phone numbers are stored in E.164 (+62…). Accepts the forms people type:
 * `0812-3456-7890`, `62812…`, `+62 812…`. Returns null for anything that is not a plausible number.
 */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^\+?[\d\s\-().]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  let national: string;
  if (trimmed.startsWith('+')) {
    if (!digits.startsWith('62')) return /^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : null;
    national = digits.slice(2);
  } else if (digits.startsWith('62')) {
    national = digits.slice(2);
  } else if (digits.startsWith('0')) {
    national = digits.slice(1);
  } else {
    return null;
  }
  // Indonesian subscriber numbers: no trunk 0, 8–12 digits after the country code.
  if (!/^[1-9]\d{7,11}$/.test(national)) return null;
  return `+62${national}`;
}
