import { useSession } from '../auth/api/use-session';
import type { Role } from '../auth/roles';

// API-CONTRACT §3: the privacy officer reads every customer but changes none.
const WRITERS: readonly Role[] = ['admin', 'manager', 'sales'];
// Only these may list sales reps (GET /users/sales-reps) and hand a customer to one.
const OWNER_CHOOSERS: readonly Role[] = ['admin', 'manager'];

const holdsAny = (roles: readonly Role[], allowed: readonly Role[]): boolean =>
  roles.some((role) => allowed.includes(role));

export type CustomerPermissions = {
  userId: string | null;
  userName: string | null;
  canWrite: boolean;
  canChooseOwner: boolean;
};

export const useCustomerPermissions = (): CustomerPermissions => {
  const user = useSession()?.user;
  const roles = user?.roles ?? [];
  return {
    userId: user?.id ?? null,
    userName: user?.name ?? null,
    canWrite: holdsAny(roles, WRITERS),
    canChooseOwner: holdsAny(roles, OWNER_CHOOSERS),
  };
};
