/** Employee roles (API contract §3). A user may hold several. */
export const ROLES = ['admin', 'manager', 'sales', 'privacy_officer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
