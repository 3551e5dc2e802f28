import type { SessionUser } from '../../lib/session-store';

export type Role = SessionUser['roles'][number];

/** Every role, in the order the UI lists them. */
export const ROLES = [
  'admin',
  'manager',
  'sales',
  'privacy_officer',
  'auditor',
] as const satisfies readonly Role[];
