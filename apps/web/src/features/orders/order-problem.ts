import type { Problem } from '../../lib/problem';

/** Problem kinds an order screen explains in its own words (API-CONTRACT §5). */
export const ORDER_PROBLEMS = [
  'license-invalid',
  'customer-blocked',
  'customer-restricted',
  'customer-anonymized',
  'product-inactive',
  'insufficient-stock',
  'illegal-transition',
  'precondition-failed',
] as const;
export type OrderProblemKind = (typeof ORDER_PROBLEMS)[number];

/** Which known problem this is, from its stable `type` (`/problems/license-invalid`). */
export const orderProblemKind = (problem: Problem | null): OrderProblemKind | null => {
  if (!problem) return null;
  const type = problem.type ?? '';
  const known = ORDER_PROBLEMS.find((kind) => type.endsWith(`/problems/${kind}`));
  if (known) return known;
  return problem.status === 412 ? 'precondition-failed' : null;
};
