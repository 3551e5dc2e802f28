import { toProblem } from '../../lib/problem';
import type { PathErrors } from '../../lib/use-path-form-state';

// The fields the order form shows, by the server's own paths (`lines[0].quantity`).
const FORM_PATH =
  /^(customerId|supplierId|customerPoNumber|notes|lines)$|^lines\[\d+\]\.(productId|quantity|discountPercent|unitCost)$/;

/**
 * Splits a failed save: messages for fields the form shows go next to them; `allPlaced` says
 * whether anything is left that only a banner can show.
 */
export const placeOrderErrors = (error: unknown): { byPath: PathErrors; allPlaced: boolean } => {
  const byPath: PathErrors = {};
  let unplaced = 0;
  for (const { field, message } of toProblem(error)?.errors ?? []) {
    if (FORM_PATH.test(field)) byPath[field] ??= message;
    else unplaced += 1;
  }
  return { byPath, allPlaced: Object.keys(byPath).length > 0 && unplaced === 0 };
};
