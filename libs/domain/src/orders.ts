import { computePpn, type PpnConfig } from './money';

/** Order lifecycles (API contract §5) as one explicit state machine, shared by the API and the SPA. */
export const ORDER_KINDS = ['sale', 'purchase'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const ORDER_STATUSES = [
  'draft',
  'submitted',
  'on_review',
  'approved',
  'fulfilled',
  'invoiced',
  'paid',
  'received',
  'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_ACTIONS = [
  'submit',
  'approve',
  'fulfil',
  'invoice',
  'pay',
  'cancel',
  'receive',
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

type Transitions = Partial<Record<OrderAction, Partial<Record<OrderStatus, OrderStatus[]>>>>;

/**
 * From status → the statuses an action may lead to. A sale's `submit` ends in `approved` or
 * `on_review` (the checks decide); everything else has one target.
 */
const TRANSITIONS: Record<OrderKind, Transitions> = {
  sale: {
    submit: { draft: ['approved', 'on_review'] },
    approve: { on_review: ['approved'] },
    fulfil: { approved: ['fulfilled'] },
    invoice: { fulfilled: ['invoiced'] },
    pay: { invoiced: ['paid'] },
    cancel: {
      draft: ['cancelled'],
      submitted: ['cancelled'],
      on_review: ['cancelled'],
      approved: ['cancelled'],
    },
  },
  purchase: {
    submit: { draft: ['submitted'] },
    approve: { submitted: ['approved'] },
    receive: { approved: ['received'] },
    cancel: { draft: ['cancelled'], submitted: ['cancelled'], approved: ['cancelled'] },
  },
};

/** Where `action` may take an order of `kind` in `status`; empty when it is not allowed. */
export function nextStatuses(
  kind: OrderKind,
  status: OrderStatus,
  action: OrderAction,
): OrderStatus[] {
  return TRANSITIONS[kind][action]?.[status] ?? [];
}

/** The actions allowed now, for showing buttons. */
export function allowedActions(kind: OrderKind, status: OrderStatus): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => nextStatuses(kind, status, action).length > 0);
}

export type OrderLineAmounts = { quantity: number; unitPrice: number; discountPercent?: number };

export type OrderTotals = {
  lines: { lineGross: number; lineDiscount: number; lineTotal: number }[];
  subtotal: number;
  discountTotal: number;
  taxBase: number;
  ppn: number;
  total: number;
};

/** Discounts are percentages with at most two decimals, kept as basis points so money stays integral. */
export function discountBasisPoints(percent: number | undefined): number {
  return Math.round((percent ?? 0) * 100);
}

function halfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * Integer rupiah totals: each line's discount rounded half-up, then DPP and PPN on the whole
 * order (rounded once each), as PMK 131/2024 describes.
 */
export function computeOrderTotals(lines: OrderLineAmounts[], ppn: PpnConfig): OrderTotals {
  const computed = lines.map((line) => {
    const gross = BigInt(line.quantity) * BigInt(line.unitPrice);
    const discount = halfUp(gross * BigInt(discountBasisPoints(line.discountPercent)), 10_000n);
    return {
      lineGross: Number(gross),
      lineDiscount: Number(discount),
      lineTotal: Number(gross - discount),
    };
  });
  const subtotal = computed.reduce((sum, l) => sum + l.lineGross, 0);
  const discountTotal = computed.reduce((sum, l) => sum + l.lineDiscount, 0);
  const tax = computePpn(subtotal - discountTotal, ppn);
  return {
    lines: computed,
    subtotal,
    discountTotal,
    taxBase: tax.taxBase,
    ppn: tax.ppn,
    total: subtotal - discountTotal + tax.ppn,
  };
}
