import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { NotFoundError } from '../common/problem/domain-errors';
import { customerScopeOf } from '../customers/customer-scope';

/** A customer the caller may see, else 404 (sales reps: their own). */
export async function assertCustomerVisible(
  db: DataSource | EntityManager,
  principal: AuthenticatedPrincipal,
  customerId: string,
): Promise<{ id: string; name: string; status: string }> {
  const scope = customerScopeOf(principal);
  const [row] = await db.query(
    `SELECT id, name, status FROM customers WHERE id = $1 AND ($2::uuid IS NULL OR owner_id = $2)`,
    [customerId, scope.ownerId],
  );
  if (!row) throw new NotFoundError('Customer');
  return row;
}
