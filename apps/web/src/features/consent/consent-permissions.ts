import { useSession } from '../auth/api/use-session';
import type { Role } from '../auth/roles';

// API-CONTRACT §7: who may do what with consent. The API enforces the same table.
const RECORDERS: readonly Role[] = ['admin', 'manager', 'sales', 'privacy_officer'];
const OFFICERS: readonly Role[] = ['admin', 'privacy_officer'];
const AUDIENCE_READERS: readonly Role[] = ['admin', 'manager', 'privacy_officer'];

const holdsAny = (roles: readonly Role[], allowed: readonly Role[]): boolean =>
  roles.some((role) => allowed.includes(role));

export type ConsentPermissions = {
  canRecord: boolean;
  canManageNotices: boolean;
  canLiftSuppressions: boolean;
  canSeeAudience: boolean;
};

export const useConsentPermissions = (): ConsentPermissions => {
  const roles = useSession()?.user.roles ?? [];
  return {
    canRecord: holdsAny(roles, RECORDERS),
    canManageNotices: holdsAny(roles, OFFICERS),
    canLiftSuppressions: holdsAny(roles, OFFICERS),
    canSeeAudience: holdsAny(roles, AUDIENCE_READERS),
  };
};
