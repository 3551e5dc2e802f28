import type { OrderKind } from '@bei-hub/domain';
import { useSuppliers } from '../../catalog/api/use-suppliers';
import { useSession } from '../../auth/api/use-session';
import { useOrderCustomer } from './use-order-customer';

type PartyRef = { kind: OrderKind; customerId?: string | null; supplierId?: string | null };

/**
 * The name of whom an order is for. The order carries only ids: a sale's customer comes from the
 * customer record, a purchase's supplier from the supplier list (managers and admins only).
 */
export const usePartyName = (order: PartyRef | undefined) => {
  const roles = useSession()?.user.roles ?? [];
  const mayReadSuppliers = roles.includes('admin') || roles.includes('manager');
  const customer = useOrderCustomer(order?.kind === 'sale' ? order.customerId : null);
  const suppliers = useSuppliers({ enabled: order?.kind === 'purchase' && mayReadSuppliers });
  if (!order) return { name: null, pending: true };
  if (order.kind === 'sale') {
    return { name: customer.data?.name ?? null, pending: customer.isLoading };
  }
  const supplier = suppliers.data?.items.find((candidate) => candidate.id === order.supplierId);
  return { name: supplier?.name ?? null, pending: suppliers.isLoading };
};
