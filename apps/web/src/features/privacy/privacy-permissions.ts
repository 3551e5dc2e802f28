import { useSession } from '../auth/api/use-session';
import type { Role } from '../auth/roles';

// API-CONTRACT §8: sales log requests for their customers; the privacy officer (or an admin)
// handles them and keeps the legal registers. Everyone else reads.
const CREATORS: readonly Role[] = ['admin', 'privacy_officer', 'sales'];
const HANDLERS: readonly Role[] = ['admin', 'privacy_officer'];
const HOLD_READERS: readonly Role[] = ['admin', 'privacy_officer', 'manager', 'auditor'];

const holdsAny = (roles: readonly Role[], allowed: readonly Role[]): boolean =>
  roles.some((role) => allowed.includes(role));

export const usePrivacyPermissions = () => {
  const roles = useSession()?.user.roles ?? [];
  return {
    canCreate: holdsAny(roles, CREATORS),
    canHandle: holdsAny(roles, HANDLERS),
    canKeepRegisters: holdsAny(roles, HANDLERS),
    canReadHolds: holdsAny(roles, HOLD_READERS),
  };
};
