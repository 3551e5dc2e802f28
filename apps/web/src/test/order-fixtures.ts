/** API answers for the orders, catalogue and review screens' tests. */
export const CUSTOMER_ID = '0192f7e0-0000-7000-8000-0000000000c1';
export const ORDER_ID = '0192f7e0-0000-7000-8000-0000000000a1';
export const PRODUCT_ID = '0192f7e0-0000-7000-8000-0000000000b1';

export const productRecord = (overrides: Record<string, unknown> = {}) => ({
  id: PRODUCT_ID,
  sku: 'HA-FILL-1ML',
  name: 'Hyaluronic Acid Filler Deep 1 ml',
  brand: 'Volumia',
  category: 'dermal_filler',
  unit: 'syringe',
  prescriptionOnly: false,
  price: 2_500_000,
  active: true,
  quantityOnHand: 240,
  version: 1,
  createdAt: '2026-11-25T01:00:00.000Z',
  updatedAt: '2026-11-25T01:00:00.000Z',
  ...overrides,
});

export const orderRecord = (overrides: Record<string, unknown> = {}) => ({
  id: ORDER_ID,
  number: 'SO-2026-000042',
  kind: 'sale',
  status: 'draft',
  customerId: CUSTOMER_ID,
  customerPoNumber: null,
  notes: null,
  lines: [
    {
      productId: PRODUCT_ID,
      sku: 'HA-FILL-1ML',
      name: 'Hyaluronic Acid Filler Deep 1 ml',
      quantity: 4,
      unitPrice: 2_500_000,
      discountPercent: 0,
      lineTotal: 10_000_000,
    },
  ],
  subtotal: 10_000_000,
  discountTotal: 0,
  taxBase: 9_166_667,
  ppn: 1_100_000,
  total: 11_100_000,
  currency: 'IDR',
  risk: null,
  reviewReasons: [],
  reviewNote: null,
  allocations: [],
  allowedActions: ['submit', 'cancel'],
  version: 1,
  createdAt: '2026-11-25T01:00:00.000Z',
  updatedAt: '2026-11-25T01:00:00.000Z',
  ...overrides,
});

/** A problem body with the API's real `type` (the shared helper names types by status). */
export const typedProblem = (
  status: number,
  type: string,
  title: string,
  detail: string,
): Response =>
  new Response(JSON.stringify({ type: `/problems/${type}`, title, status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
