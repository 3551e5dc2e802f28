import type {
  CreateOrderDto,
  OrderLineInputDto,
  OrderResponseDto,
  UpdateOrderDto,
} from '@bei-hub/api-client';
import {
  computeOrderTotals,
  DEFAULT_PPN,
  type OrderKind,
  type OrderLineAmounts,
  type OrderTotals,
} from '@bei-hub/domain';

/** What a line needs to know about its product to price itself while the user types. */
export type LineProduct = {
  id: string;
  sku: string;
  name: string;
  unit: string | null;
  price: number;
  prescriptionOnly: boolean;
  quantityOnHand: number | null;
};

/** Number inputs hold '' while empty, so a cleared field is not silently 0. */
export type OrderLineValues = {
  key: string;
  product: LineProduct | null;
  quantity: number | '';
  discountPercent: number | '';
  unitCost: number | '';
};

export type OrderFormValues = {
  kind: OrderKind;
  customerId: string | null;
  supplierId: string | null;
  customerPoNumber: string;
  notes: string;
  lines: OrderLineValues[];
};

export const MAX_QUANTITY = 1_000_000;

let lineSequence = 0;
// Stable React keys: an index would move typed values to the wrong row when one is removed.
const nextLineKey = (): string => `line-${(lineSequence += 1)}`;

export const emptyLine = (): OrderLineValues => ({
  key: nextLineKey(),
  product: null,
  quantity: 1,
  discountPercent: '',
  unitCost: '',
});

export const emptyOrder = (kind: OrderKind, customerId: string | null = null): OrderFormValues => ({
  kind,
  customerId: kind === 'sale' ? customerId : null,
  supplierId: null,
  customerPoNumber: '',
  notes: '',
  lines: [emptyLine()],
});

/** A draft as the form edits it; the line's product is what the order recorded. */
export const fromOrder = (order: OrderResponseDto): OrderFormValues => ({
  kind: order.kind,
  customerId: order.customerId ?? null,
  supplierId: order.supplierId ?? null,
  customerPoNumber: order.customerPoNumber ?? '',
  notes: order.notes ?? '',
  lines: order.lines.map((line) => ({
    key: nextLineKey(),
    product: {
      id: line.productId,
      sku: line.sku,
      name: line.name,
      unit: null,
      price: line.unitPrice,
      prescriptionOnly: false,
      quantityOnHand: null,
    },
    quantity: line.quantity,
    discountPercent: order.kind === 'sale' && line.discountPercent ? line.discountPercent : '',
    unitCost: order.kind === 'purchase' ? line.unitPrice : '',
  })),
});

export const isWholeQuantity = (value: number | ''): value is number =>
  value !== '' && Number.isSafeInteger(value) && value >= 1 && value <= MAX_QUANTITY;

/** At most two decimals, 0–100: the server keeps discounts as basis points. */
export const isDiscount = (value: number | ''): value is number =>
  value !== '' &&
  value >= 0 &&
  value <= 100 &&
  Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;

export const isRupiah = (value: number | ''): value is number =>
  value !== '' && Number.isSafeInteger(value) && value >= 0;

/** The price a line is charged before discount: list price (sale) or the typed cost (purchase). */
const unitPriceOf = (kind: OrderKind, line: OrderLineValues): number => {
  if (kind === 'purchase') return isRupiah(line.unitCost) ? line.unitCost : 0;
  return line.product?.price ?? 0;
};

/**
 * Live totals with the server's own arithmetic (`computeOrderTotals`, DEFAULT_PPN), so the screen
 * and the saved order agree to the rupiah. An unfinished line counts as zero but keeps its place,
 * so `lines[i]` still matches row i.
 */
export const liveTotals = (values: OrderFormValues): OrderTotals => {
  const amounts: OrderLineAmounts[] = values.lines.map((line) =>
    line.product && isWholeQuantity(line.quantity)
      ? {
          quantity: line.quantity,
          unitPrice: unitPriceOf(values.kind, line),
          discountPercent:
            values.kind === 'sale' && isDiscount(line.discountPercent)
              ? line.discountPercent
              : undefined,
        }
      : { quantity: 0, unitPrice: 0 },
  );
  return computeOrderTotals(amounts, DEFAULT_PPN);
};

const toLineInput = (kind: OrderKind, line: OrderLineValues): OrderLineInputDto => ({
  productId: line.product?.id ?? '',
  quantity: line.quantity === '' ? 0 : line.quantity,
  ...(kind === 'sale' && line.discountPercent !== '' && line.discountPercent !== 0
    ? { discountPercent: line.discountPercent }
    : {}),
  ...(kind === 'purchase' ? { unitCost: line.unitCost === '' ? 0 : line.unitCost } : {}),
});

export const toCreateBody = (values: OrderFormValues): CreateOrderDto => {
  const lines = values.lines.map((line) => toLineInput(values.kind, line));
  const notes = values.notes.trim();
  if (values.kind === 'purchase') {
    return {
      kind: 'purchase',
      supplierId: values.supplierId ?? '',
      lines,
      ...(notes ? { notes } : {}),
    };
  }
  const po = values.customerPoNumber.trim();
  return {
    kind: 'sale',
    customerId: values.customerId ?? '',
    lines,
    ...(po ? { customerPoNumber: po } : {}),
    ...(notes ? { notes } : {}),
  };
};

/**
 * A draft's PATCH with only what changed (the server audits changed fields); `lines` replaces all
 * lines. An empty text clears the field.
 */
export const toUpdateBody = (before: OrderFormValues, after: OrderFormValues): UpdateOrderDto => {
  const lines = after.lines.map((line) => toLineInput(after.kind, line));
  const linesBefore = before.lines.map((line) => toLineInput(before.kind, line));
  const notes = after.notes.trim();
  const po = after.customerPoNumber.trim();
  return {
    ...(JSON.stringify(lines) !== JSON.stringify(linesBefore) ? { lines } : {}),
    ...(notes !== before.notes.trim() ? { notes } : {}),
    ...(after.kind === 'sale' && po !== before.customerPoNumber.trim()
      ? { customerPoNumber: po }
      : {}),
  };
};
