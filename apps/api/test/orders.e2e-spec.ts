import { addDays, todayInJakarta } from '@bei-hub/domain';
import { createDoctor, createProduct, createSupplier, stock } from './support/catalog-fixtures';
import { ADMIN_EMAIL, call, loginAs, startTestApp, type TestApp } from './support/test-app';

type Order = {
  id: string;
  number: string;
  status: string;
  subtotal: number;
  discountTotal: number;
  taxBase: number;
  ppn: number;
  total: number;
  currency: string;
  risk: { score: number; level: string; reasons: { code: string }[] } | null;
  reviewReasons: { code: string }[];
  allocations: { lineIndex: number; lotNumber: string; quantity: number }[];
  lines: { unitPrice: number; lineTotal: number }[];
  allowedActions: string[];
};
type Problem = { type: string; status: number; errors?: { field: string }[] };

const today = todayInJakarta();
const VALID_LICENSES = [
  { kind: 'STR', number: 'STR-OK-1' },
  { kind: 'SIP', number: 'SIP-OK-1', validUntil: addDays(today, 400) },
];

describe('orders (contract §5, §6)', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let sales: string;
  let supplierId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
    manager = await loginAs(t.baseUrl, 'manager@bei-hub.local');
    sales = await loginAs(t.baseUrl, 'sales@bei-hub.local');
    supplierId = (await createSupplier(t.baseUrl, admin)).id;
  });
  afterAll(() => t.close());

  const act = (id: string, action: string, token = manager, body?: unknown) =>
    call<Order & Problem>(t.baseUrl, 'POST', `/api/v1/orders/${id}/${action}`, { token, body });

  it('takes a purchase from draft to received and puts the lots in stock', async () => {
    const product = await createProduct(t.baseUrl, admin);
    const po = await call<Order>(t.baseUrl, 'POST', '/api/v1/orders', {
      token: manager,
      body: {
        kind: 'purchase',
        supplierId,
        lines: [{ productId: product.id, quantity: 10, unitCost: 1_000_000 }],
      },
    });
    expect(po.status).toBe(201);
    expect(po.body.number).toMatch(new RegExp(`^PO-${today.slice(0, 4)}-\\d{6}$`));
    expect((await act(po.body.id, 'submit')).body.status).toBe('submitted');
    expect((await act(po.body.id, 'approve')).body.status).toBe('approved');
    const received = await act(po.body.id, 'receive', manager, {
      lots: [
        {
          productId: product.id,
          lotNumber: 'L-PO-1',
          expiryDate: addDays(today, 300),
          quantity: 10,
        },
      ],
    });
    expect(received.status).toBe(200);
    expect(received.body.status).toBe('received');
    const lots = await call<{ items: { lotNumber: string; quantityOnHand: number }[] }>(
      t.baseUrl,
      'GET',
      `/api/v1/products/${product.id}/lots`,
      { token: sales },
    );
    expect(lots.body.items).toEqual([
      expect.objectContaining({ lotNumber: 'L-PO-1', quantityOnHand: 10 }),
    ]);
    expect((await act(po.body.id, 'cancel')).status).toBe(409);
  });

  it('takes a sale from draft to paid with the PMK 131/2024 numbers and allocates first-expiry-first-out', async () => {
    const product = await createProduct(t.baseUrl, admin, { price: 2_500_000 });
    await stock(t.baseUrl, admin, supplierId, product.id, [
      { lotNumber: 'LATE', expiryDate: addDays(today, 500), quantity: 5 },
      { lotNumber: 'SOON', expiryDate: addDays(today, 40), quantity: 3 },
      { lotNumber: 'GONE', expiryDate: addDays(today, 1), quantity: 2 },
    ]);
    await t.dataSource.query(
      `UPDATE lots SET expiry_date = $2 WHERE lot_number = 'GONE' AND product_id = $1`,
      [product.id, addDays(today, -1)],
    );
    const doctor = await createDoctor(t.baseUrl, sales, VALID_LICENSES);
    const so = await call<Order>(t.baseUrl, 'POST', '/api/v1/orders', {
      token: sales,
      body: {
        kind: 'sale',
        customerId: doctor.id,
        customerPoNumber: 'PO-KLINIK-9',
        lines: [{ productId: product.id, quantity: 4 }],
      },
    });
    expect(so.status).toBe(201);
    expect(so.body).toMatchObject({
      status: 'draft',
      subtotal: 10_000_000,
      discountTotal: 0,
      taxBase: 9_166_667,
      ppn: 1_100_000,
      total: 11_100_000,
      currency: 'IDR',
    });
    expect(so.body.number).toMatch(/^SO-\d{4}-\d{6}$/);

    const submitted = await act(so.body.id, 'submit', sales);
    expect(submitted.body.status).toBe('approved');
    expect(submitted.body.risk).toMatchObject({ level: 'low' });
    expect((await act(so.body.id, 'fulfil', sales)).status).toBe(403);
    const fulfilled = await act(so.body.id, 'fulfil');
    expect(fulfilled.body.status).toBe('fulfilled');
    expect(fulfilled.body.allocations.map((a) => [a.lotNumber, a.quantity])).toEqual([
      ['SOON', 3],
      ['LATE', 1],
    ]);
    expect((await act(so.body.id, 'invoice')).body.status).toBe('invoiced');
    expect((await act(so.body.id, 'cancel')).status).toBe(409);
    const paid = await act(so.body.id, 'pay');
    expect(paid.body).toMatchObject({ status: 'paid', allowedActions: [] });

    const events: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE resource_id = $1 ORDER BY occurred_at, seq`,
      [so.body.id],
    );
    expect(events.map((e) => e.action)).toEqual([
      'order.created',
      'order.submitted',
      'order.fulfilled',
      'order.invoiced',
      'order.paid',
    ]);

    const trace = await call<{
      lots: { deliveries: { orderNumber: string; quantity: number }[] }[];
    }>(t.baseUrl, 'GET', '/api/v1/lots/SOON/trace', { token: manager });
    expect(trace.body.lots[0].deliveries).toEqual([
      expect.objectContaining({ orderNumber: so.body.number, quantity: 3 }),
    ]);
  });

  it('answers 409 for every illegal transition', async () => {
    const product = await createProduct(t.baseUrl, admin);
    const doctor = await createDoctor(t.baseUrl, sales, VALID_LICENSES);
    const so = await call<Order>(t.baseUrl, 'POST', '/api/v1/orders', {
      token: sales,
      body: {
        kind: 'sale',
        customerId: doctor.id,
        lines: [{ productId: product.id, quantity: 1 }],
      },
    });
    for (const action of ['approve', 'fulfil', 'invoice', 'pay', 'receive']) {
      const res = await act(so.body.id, action);
      expect([action, res.status, res.body.type]).toEqual([
        action,
        409,
        '/problems/illegal-transition',
      ]);
    }
    expect((await act(so.body.id, 'cancel', sales)).body.status).toBe('cancelled');
    expect((await act(so.body.id, 'submit', sales)).status).toBe(409);
  });

  it('gates prescription-only products on licences valid today (422 license-invalid)', async () => {
    const toxin = await createProduct(t.baseUrl, admin, {
      prescriptionOnly: true,
      category: 'botulinum_toxin',
    });
    const expiredSip = await createDoctor(t.baseUrl, sales, [
      { kind: 'STR', number: 'STR-X-1' },
      { kind: 'SIP', number: 'SIP-X-1', validUntil: addDays(today, -1) },
    ]);
    const noStr = await createDoctor(t.baseUrl, sales, [
      { kind: 'SIP', number: 'SIP-Y-1', validUntil: addDays(today, 100) },
    ]);
    const good = await createDoctor(
      t.baseUrl,
      sales,
      VALID_LICENSES.map((l, i) => ({ ...l, number: `${l.number}-G${i}` })),
    );
    for (const [customer, expected] of [
      [expiredSip, 422],
      [noStr, 422],
      [good, 200],
    ] as const) {
      const so = await call<Order>(t.baseUrl, 'POST', '/api/v1/orders', {
        token: sales,
        body: {
          kind: 'sale',
          customerId: customer.id,
          lines: [{ productId: toxin.id, quantity: 1 }],
        },
      });
      const res = await act(so.body.id, 'submit', sales);
      expect(res.status).toBe(expected);
      if (expected === 422) expect(res.body.type).toBe('/problems/license-invalid');
      else expect(res.body.status).toBe('approved');
    }
  });

  it('refuses orders for blocked, restricted and anonymised customers with a problem type each', async () => {
    const product = await createProduct(t.baseUrl, admin);
    for (const status of ['blocked', 'restricted', 'anonymized']) {
      const doctor = await createDoctor(t.baseUrl, sales, VALID_LICENSES);
      const so = await call<Order>(t.baseUrl, 'POST', '/api/v1/orders', {
        token: sales,
        body: {
          kind: 'sale',
          customerId: doctor.id,
          lines: [{ productId: product.id, quantity: 1 }],
        },
      });
      await t.dataSource.query(`UPDATE customers SET status = $2 WHERE id = $1`, [
        doctor.id,
        status,
      ]);
      const res = await act(so.body.id, 'submit', sales);
      expect([res.status, res.body.type]).toEqual([422, `/problems/customer-${status}`]);
    }
  });

  it('sends an order over the credit limit, or of a customer who objected to profiling, to a person', async () => {
    const product = await createProduct(t.baseUrl, admin, { price: 10_000_000 });
    const doctor = await createDoctor(t.baseUrl, sales, VALID_LICENSES, { creditLimit: 5_000_000 });
    const so = await call<Order>(t.baseUrl, 'POST', '/api/v1/orders', {
      token: sales,
      body: {
        kind: 'sale',
        customerId: doctor.id,
        lines: [{ productId: product.id, quantity: 1 }],
      },
    });
    const submitted = await act(so.body.id, 'submit', sales);
    expect(submitted.body.status).toBe('on_review');
    expect(submitted.body.reviewReasons.map((r) => r.code)).toEqual(['credit_exceeded']);

    const queue = await call<{ items: { orderId: string }[] }>(
      t.baseUrl,
      'GET',
      '/api/v1/risk-reviews?status=pending',
      { token: manager },
    );
    expect(queue.body.items.map((i) => i.orderId)).toContain(so.body.id);
    expect((await call(t.baseUrl, 'GET', '/api/v1/risk-reviews', { token: sales })).status).toBe(
      403,
    );
    const missingNote = await call<Problem>(
      t.baseUrl,
      'POST',
      `/api/v1/risk-reviews/${so.body.id}/decision`,
      { token: manager, body: { decision: 'approve' } },
    );
    expect(missingNote.status).toBe(400);
    const decided = await call<Order>(
      t.baseUrl,
      'POST',
      `/api/v1/risk-reviews/${so.body.id}/decision`,
      { token: manager, body: { decision: 'approve', note: 'Known clinic, paid on time.' } },
    );
    expect(decided.body.status).toBe('approved');

    const objector = await createDoctor(t.baseUrl, sales, VALID_LICENSES);
    await t.dataSource.query(`UPDATE customers SET profiling_objected_at = now() WHERE id = $1`, [
      objector.id,
    ]);
    const cheap = await createProduct(t.baseUrl, admin, { price: 100_000 });
    const so2 = await call<Order>(t.baseUrl, 'POST', '/api/v1/orders', {
      token: sales,
      body: {
        kind: 'sale',
        customerId: objector.id,
        lines: [{ productId: cheap.id, quantity: 1 }],
      },
    });
    const sub2 = await act(so2.body.id, 'submit', sales);
    expect(sub2.body).toMatchObject({ status: 'on_review', risk: null });
    expect(sub2.body.reviewReasons.map((r) => r.code)).toEqual(['profiling_objection']);
    const rejected = await call<Order>(
      t.baseUrl,
      'POST',
      `/api/v1/risk-reviews/${so2.body.id}/decision`,
      { token: manager, body: { decision: 'reject', note: 'Asked the customer; not theirs.' } },
    );
    expect(rejected.body.status).toBe('cancelled');
  });

  it('scores a burst of large orders high and sends it to review with reasons', async () => {
    const product = await createProduct(t.baseUrl, admin, { price: 1_000_000 });
    const doctor = await createDoctor(t.baseUrl, sales, VALID_LICENSES);
    let last: Order | undefined;
    for (const quantity of [1, 1, 1, 20]) {
      const so = await call<Order>(t.baseUrl, 'POST', '/api/v1/orders', {
        token: sales,
        body: { kind: 'sale', customerId: doctor.id, lines: [{ productId: product.id, quantity }] },
      });
      last = (await act(so.body.id, 'submit', sales)).body;
    }
    expect(last?.status).toBe('on_review');
    expect(last?.risk?.level).toBe('high');
    expect(last?.risk?.reasons.map((r) => r.code)).toEqual([
      'far_above_usual',
      'many_recent_orders',
    ]);
    expect(last?.reviewReasons.map((r) => r.code)).toEqual(['high_risk']);
  });

  it('lets exactly one of two racing fulfilments take the last units; stock never goes negative', async () => {
    const product = await createProduct(t.baseUrl, admin);
    await stock(t.baseUrl, admin, supplierId, product.id, [
      { lotNumber: 'LAST', expiryDate: addDays(today, 200), quantity: 5 },
    ]);
    const doctor = await createDoctor(t.baseUrl, sales, VALID_LICENSES);
    const ids: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const so = await call<Order>(t.baseUrl, 'POST', '/api/v1/orders', {
        token: sales,
        body: {
          kind: 'sale',
          customerId: doctor.id,
          lines: [{ productId: product.id, quantity: 4 }],
        },
      });
      await act(so.body.id, 'submit', sales);
      ids.push(so.body.id);
    }
    const results = await Promise.all(ids.map((id) => act(id, 'fulfil')));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.type).toBe('/problems/insufficient-stock');
    const [{ quantity_on_hand }] = await t.dataSource.query(
      `SELECT quantity_on_hand FROM lots WHERE product_id = $1`,
      [product.id],
    );
    expect(quantity_on_hand).toBe(1);
  });

  it('gives one order for 8 concurrent creates with one Idempotency-Key', async () => {
    const product = await createProduct(t.baseUrl, admin);
    const doctor = await createDoctor(t.baseUrl, sales, VALID_LICENSES);
    const body = JSON.stringify({
      kind: 'sale',
      customerId: doctor.id,
      lines: [{ productId: product.id, quantity: 2 }],
    });
    const headers = {
      authorization: `Bearer ${sales}`,
      'content-type': 'application/json',
      'idempotency-key': `order-${doctor.id}`,
    };
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`${t.baseUrl}/api/v1/orders`, { method: 'POST', headers, body }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM orders WHERE customer_id = $1`,
      [doctor.id],
    );
    expect(n).toBe(1);
    const retry = await fetch(`${t.baseUrl}/api/v1/orders`, { method: 'POST', headers, body });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
  });

  it('keeps sales reps to orders of their own customers and edits only drafts with If-Match', async () => {
    const product = await createProduct(t.baseUrl, admin);
    const sales2 = await loginAs(t.baseUrl, 'sales2@bei-hub.local');
    const other = await createDoctor(t.baseUrl, sales2, VALID_LICENSES);
    const foreign = await call<Problem>(t.baseUrl, 'POST', '/api/v1/orders', {
      token: sales,
      body: { kind: 'sale', customerId: other.id, lines: [{ productId: product.id, quantity: 1 }] },
    });
    expect(foreign.status).toBe(404);
    const theirs = await call<Order>(t.baseUrl, 'POST', '/api/v1/orders', {
      token: sales2,
      body: { kind: 'sale', customerId: other.id, lines: [{ productId: product.id, quantity: 1 }] },
    });
    expect(
      (await call(t.baseUrl, 'GET', `/api/v1/orders/${theirs.body.id}`, { token: sales })).status,
    ).toBe(404);
    const list = await call<{ items: { id: string }[] }>(
      t.baseUrl,
      'GET',
      '/api/v1/orders?limit=200',
      { token: sales },
    );
    expect(list.body.items.map((o) => o.id)).not.toContain(theirs.body.id);
    expect(
      (
        await call(t.baseUrl, 'POST', '/api/v1/orders', {
          token: sales,
          body: {
            kind: 'purchase',
            supplierId,
            lines: [{ productId: product.id, quantity: 1, unitCost: 1 }],
          },
        })
      ).status,
    ).toBe(403);

    const path = `/api/v1/orders/${theirs.body.id}`;
    expect(
      (await call(t.baseUrl, 'PATCH', path, { token: sales2, body: { notes: 'x' } })).status,
    ).toBe(428);
    const edited = await call<Order>(t.baseUrl, 'PATCH', path, {
      token: sales2,
      headers: { 'if-match': '"1"' },
      body: { lines: [{ productId: product.id, quantity: 3, discountPercent: 10 }] },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ subtotal: 7_500_000, discountTotal: 750_000 });
    expect(
      (
        await call(t.baseUrl, 'PATCH', path, {
          token: sales2,
          headers: { 'if-match': '"1"' },
          body: { notes: 'stale' },
        })
      ).status,
    ).toBe(412);
  });

  it('names the fields of a malformed order', async () => {
    const res = await call<Problem>(t.baseUrl, 'POST', '/api/v1/orders', {
      token: sales,
      body: {
        kind: 'sale',
        customerId: 'nope',
        lines: [
          {
            productId: '019ab000-0000-7000-8000-000000000000',
            quantity: 0,
            discountPercent: 12.345,
          },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.field).sort()).toEqual([
      'customerId',
      'lines[0].discountPercent',
      'lines[0].quantity',
    ]);
  });
});
