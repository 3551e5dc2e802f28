import { call } from './test-app';

type Id = { id: string };

/** A product, a supplier and stock received through a purchase order, all through the API. */
export async function createProduct(
  baseUrl: string,
  admin: string,
  overrides: Record<string, unknown> = {},
): Promise<Id & { sku: string }> {
  const sku = `SKU-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  const res = await call<Id & { sku: string }>(baseUrl, 'POST', '/api/v1/products', {
    token: admin,
    body: {
      sku,
      name: `Produk ${sku}`,
      brand: 'Estetika',
      category: 'filler',
      unit: 'syringe',
      prescriptionOnly: false,
      price: 2_500_000,
      ...overrides,
    },
  });
  if (res.status !== 201) throw new Error(`product: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function createSupplier(baseUrl: string, admin: string): Promise<Id> {
  const res = await call<Id>(baseUrl, 'POST', '/api/v1/suppliers', {
    token: admin,
    body: { name: 'PT Medika Estetika Nusantara', npwp: '0023456789012000' },
  });
  if (res.status !== 201) throw new Error(`supplier: ${res.status}`);
  return res.body;
}

/** Buys `lots` of a product and receives them, so they are on hand. */
export async function stock(
  baseUrl: string,
  admin: string,
  supplierId: string,
  productId: string,
  lots: { lotNumber: string; expiryDate: string; quantity: number }[],
): Promise<string> {
  const quantity = lots.reduce((sum, l) => sum + l.quantity, 0);
  const po = await call<Id & { number: string }>(baseUrl, 'POST', '/api/v1/orders', {
    token: admin,
    body: { kind: 'purchase', supplierId, lines: [{ productId, quantity, unitCost: 1_000_000 }] },
  });
  for (const action of ['submit', 'approve']) {
    const res = await call(baseUrl, 'POST', `/api/v1/orders/${po.body.id}/${action}`, {
      token: admin,
    });
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const received = await call(baseUrl, 'POST', `/api/v1/orders/${po.body.id}/receive`, {
    token: admin,
    body: { lots: lots.map((l) => ({ productId, ...l })) },
  });
  if (received.status !== 200)
    throw new Error(`receive: ${received.status} ${JSON.stringify(received.body)}`);
  return po.body.id;
}

export async function createDoctor(
  baseUrl: string,
  token: string,
  licenses: unknown[],
  overrides: Record<string, unknown> = {},
): Promise<Id> {
  const res = await call<Id>(baseUrl, 'POST', '/api/v1/customers', {
    token,
    body: {
      type: 'doctor',
      name: `dr. Uji ${Math.random().toString(36).slice(2, 7)}`,
      licenses,
      ...overrides,
    },
  });
  if (res.status !== 201) throw new Error(`doctor: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
