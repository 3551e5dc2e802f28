import type { OrderAction, OrderKind, OrderStatus } from '@bei-hub/domain';
import { useSession } from '../auth/api/use-session';
import type { Role } from '../auth/roles';

// API-CONTRACT §3: managers and admins run the whole lifecycle; a sales rep drafts and submits
// sale orders for their own customers and may cancel their own drafts; others only read.
const STAFF: readonly Role[] = ['admin', 'manager'];
const SALE_WRITERS: readonly Role[] = ['admin', 'manager', 'sales'];

const holdsAny = (roles: readonly Role[], allowed: readonly Role[]): boolean =>
  roles.some((role) => allowed.includes(role));

type OrderFacts = { kind: OrderKind; status: OrderStatus; allowedActions: readonly OrderAction[] };

/**
 * The actions to offer: what the order's status allows (the server's `allowedActions`) narrowed
 * to what the user's roles may do, so no button leads to a certain 403.
 */
export const actionsFor = (roles: readonly Role[], order: OrderFacts): OrderAction[] => {
  if (holdsAny(roles, STAFF)) return [...order.allowedActions];
  if (order.kind !== 'sale' || !roles.includes('sales')) return [];
  return order.allowedActions.filter(
    (action) => action === 'submit' || (action === 'cancel' && order.status === 'draft'),
  );
};

export const canEditDraft = (roles: readonly Role[], order: OrderFacts): boolean =>
  order.status === 'draft' &&
  (holdsAny(roles, STAFF) || (order.kind === 'sale' && roles.includes('sales')));

export const useOrderPermissions = () => {
  const roles = useSession()?.user.roles ?? [];
  return {
    roles,
    canCreateSale: holdsAny(roles, SALE_WRITERS),
    canCreatePurchase: holdsAny(roles, STAFF),
    /** Lot trace and the review queue are for managers and admins. */
    canTrace: holdsAny(roles, STAFF),
  };
};
