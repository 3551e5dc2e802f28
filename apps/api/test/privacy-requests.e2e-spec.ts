import { addDays, todayInJakarta } from '@bei-hub/domain';
import { createProduct } from './support/catalog-fixtures';
import { ADMIN_EMAIL, call, loginAs, startTestApp, type TestApp } from './support/test-app';

type Request = {
  id: string;
  status: string;
  dueAt: string;
  receivedAt: string;
  overdue: boolean;
  outcome: Record<string, unknown> | null;
};
type Problem = { type: string; status: number; errors?: { field: string }[] };

const PERSON = {
  name: 'dr. Sinta Rahmawati, Sp.KK',
  email: 'sinta.rahmawati@kulit-sehat.id',
  phone: '0813-5555-1212',
  nik: '3273015506880004',
  notes: 'Prefers calls after 4pm',
};

describe('data-subject requests (contract §8)', () => {
  let t: TestApp;
  let privacy: string;
  let sales: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    privacy = await loginAs(t.baseUrl, 'privacy@bei-hub.local');
    sales = await loginAs(t.baseUrl, 'sales@bei-hub.local');
    admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
  });
  afterAll(() => t.close());

  const newCustomer = async (overrides: Record<string, unknown> = {}) =>
    (
      await call<{ id: string }>(t.baseUrl, 'POST', '/api/v1/customers', {
        token: sales,
        body: {
          type: 'doctor',
          ...PERSON,
          licenses: [
            { kind: 'STR', number: `STR-${Math.random().toString(36).slice(2, 8)}` },
            {
              kind: 'SIP',
              number: `SIP-${Math.random().toString(36).slice(2, 8)}`,
              validUntil: addDays(todayInJakarta(), 300),
            },
          ],
          address: { line1: 'Jl. Dago 12', city: 'Bandung', province: 'Jawa Barat' },
          ...overrides,
        },
      })
    ).body.id;

  const open = async (customerId: string, type: string, receivedAt?: string) => {
    const res = await call<Request>(t.baseUrl, 'POST', '/api/v1/privacy-requests', {
      token: privacy,
      body: { customerId, type, receivedVia: 'email', details: 'Per e-mail', receivedAt },
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const verify = (id: string) =>
    call<Request>(t.baseUrl, 'POST', `/api/v1/privacy-requests/${id}/verify`, {
      token: privacy,
      body: { method: 'ktp_checked' },
    });
  const fulfil = (id: string, body: unknown = {}) =>
    call<Request & Problem>(t.baseUrl, 'POST', `/api/v1/privacy-requests/${id}/fulfil`, {
      token: privacy,
      body,
    });

  it('starts a 72-hour clock, flags overdue requests, and moves received → verified → completed', async () => {
    const customer = await newCustomer({ nik: undefined });
    const fourDaysAgo = new Date(Date.now() - 4 * 86_400_000).toISOString();
    const late = await open(customer, 'blocking', fourDaysAgo);
    expect(new Date(late.dueAt).getTime() - new Date(late.receivedAt).getTime()).toBe(
      72 * 3_600_000,
    );
    expect(late).toMatchObject({ status: 'received', overdue: true });
    const overdue = await call<{ items: { id: string }[] }>(
      t.baseUrl,
      'GET',
      '/api/v1/privacy-requests?overdue=true',
      { token: privacy },
    );
    expect(overdue.body.items.map((r) => r.id)).toContain(late.id);
    expect((await fulfil(late.id)).status).toBe(409);
    expect((await verify(late.id)).body.status).toBe('verified');
    const done = await fulfil(late.id);
    expect(done.body).toMatchObject({
      status: 'completed',
      overdue: false,
      outcome: { action: 'blocked' },
    });
    const blocked = await call<{ status: string }>(
      t.baseUrl,
      'GET',
      `/api/v1/customers/${customer}`,
      { token: privacy },
    );
    expect(blocked.body.status).toBe('blocked');
  });

  it('exports everything held about the customer as JSON and printable HTML, and audits the export', async () => {
    const customer = await newCustomer({ nik: '3273015506880012', email: 'access@kulit-sehat.id' });
    await call(t.baseUrl, 'POST', `/api/v1/customers/${customer}/consents`, {
      token: sales,
      body: {
        purpose: 'marketing_email',
        granted: true,
        method: 'written',
        noticeVersion: '2024-10',
      },
    });
    await call(t.baseUrl, 'POST', '/api/v1/disclosures', {
      token: privacy,
      body: {
        recipientName: 'PT Logistik Cepat',
        recipientCategory: 'service_provider',
        purpose: 'Pengiriman',
        legalBasis: 'contract',
        dataCategories: ['name', 'address'],
        customerIds: [customer],
      },
    });
    const request = await open(customer, 'access');
    expect(
      (
        await call(t.baseUrl, 'GET', `/api/v1/privacy-requests/${request.id}/export`, {
          token: privacy,
        })
      ).status,
    ).toBe(409);
    await verify(request.id);
    const json = await call<
      Record<string, unknown> & {
        profile: { nik: string; email: string };
        processingHistory: { action: string }[];
      }
    >(t.baseUrl, 'GET', `/api/v1/privacy-requests/${request.id}/export?format=json`, {
      token: privacy,
    });
    expect(json.status).toBe(200);
    expect(json.body.profile).toMatchObject({
      nik: '3273015506880012',
      email: 'access@kulit-sehat.id',
    });
    for (const section of [
      'licenses',
      'affiliations',
      'orders',
      'consentHistory',
      'suppressions',
      'disclosures',
      'automatedDecisions',
      'privacyRequests',
      'processingHistory',
    ]) {
      expect(json.body).toHaveProperty(section);
    }
    expect((json.body.disclosures as unknown[]).length).toBe(1);
    expect(json.body.processingHistory.map((e) => e.action)).toEqual(
      expect.arrayContaining(['customer.created', 'consent.granted', 'privacy_request.received']),
    );
    const html = await fetch(
      `${t.baseUrl}/api/v1/privacy-requests/${request.id}/export?format=html`,
      { headers: { authorization: `Bearer ${privacy}` } },
    );
    expect(html.headers.get('content-type')).toContain('text/html');
    const page = await html.text();
    expect(page).toContain('Salinan data pribadi / Copy of personal data');
    expect(page).toContain('@media print');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'customer.access_exported' AND subject_id = $1`,
      [customer],
    );
    expect(n).toBe(2);
    expect((await fulfil(request.id)).body.status).toBe('completed');
  });

  it('corrects through the customers rules: bad values are refused by field, good ones applied and audited', async () => {
    const customer = await newCustomer({ nik: undefined, email: 'old@kulit-sehat.id' });
    const request = await open(customer, 'correction');
    await verify(request.id);
    const bad = await fulfil(request.id, { changes: { phone: 'not a phone' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.field)).toContain('changes.phone');
    const good = await fulfil(request.id, { changes: { email: 'new@kulit-sehat.id' } });
    expect(good.body.status).toBe('completed');
    const now = await call<{ email: string }>(t.baseUrl, 'GET', `/api/v1/customers/${customer}`, {
      token: privacy,
    });
    expect(now.body.email).toBe('new@kulit-sehat.id');
  });

  it('hard-deletes a customer with nothing to retain', async () => {
    const customer = await newCustomer({ nik: '3273015506880020', email: 'gone@kulit-sehat.id' });
    const request = await open(customer, 'deletion');
    await verify(request.id);
    const plan = await call<{ mode: string }>(
      t.baseUrl,
      'GET',
      `/api/v1/privacy-requests/${request.id}/erasure-plan`,
      { token: privacy },
    );
    expect(plan.body.mode).toBe('hard_delete');
    expect((await fulfil(request.id)).body.outcome).toEqual({ action: 'hard_deleted' });
    expect(
      (await call(t.baseUrl, 'GET', `/api/v1/customers/${customer}`, { token: privacy })).status,
    ).toBe(404);
  });

  it('anonymises a customer with orders everywhere, keeps the amounts, and the old values are unreachable', async () => {
    const customer = await newCustomer({
      nik: '3273015506880039',
      email: 'erase.me@kulit-sehat.id',
      phone: '0813-5555-3939',
      notes: 'secret note 39',
    });
    const product = await createProduct(t.baseUrl, admin, { price: 1_000_000 });
    const order = await call<{ id: string; total: number }>(t.baseUrl, 'POST', '/api/v1/orders', {
      token: sales,
      body: {
        kind: 'sale',
        customerId: customer,
        customerPoNumber: 'PO-SINTA-1',
        lines: [{ productId: product.id, quantity: 2 }],
      },
    });
    await call(t.baseUrl, 'POST', `/api/v1/customers/${customer}/consents`, {
      token: sales,
      body: {
        purpose: 'marketing_email',
        granted: true,
        method: 'written',
        noticeVersion: '2024-10',
        evidence: 'Signed form of dr. Sinta Rahmawati',
      },
    });
    const hold = await call<{ id: string }>(t.baseUrl, 'POST', '/api/v1/legal-holds', {
      token: privacy,
      body: { customerId: customer, reference: 'PN Jakarta 12/2026', reason: 'Court order' },
    });
    const request = await open(customer, 'deletion');
    await verify(request.id);
    const held = await fulfil(request.id);
    expect(held.status).toBe(409);
    const released = await call(t.baseUrl, 'POST', `/api/v1/legal-holds/${hold.body.id}/release`, {
      token: privacy,
      body: { note: 'Case closed' },
    });
    expect([hold.status, released.status]).toEqual([201, 200]);
    const plan = await call<{ mode: string; items: { target: string; action: string }[] }>(
      t.baseUrl,
      'GET',
      `/api/v1/privacy-requests/${request.id}/erasure-plan`,
      { token: privacy },
    );
    expect(plan.body.mode).toBe('anonymize');
    expect(plan.body.items.find((i) => i.target.startsWith('orders ('))?.action).toBe('keep');

    expect((await fulfil(request.id)).body.outcome).toEqual({ action: 'anonymized' });
    const dump: { row: string }[] = await t.dataSource.query(
      `SELECT row_to_json(x)::text AS row FROM (
         SELECT to_jsonb(c) AS r FROM customers c UNION ALL SELECT to_jsonb(l) FROM customer_licenses l
         UNION ALL SELECT to_jsonb(e) FROM consent_events e UNION ALL SELECT to_jsonb(o) FROM orders o
         UNION ALL SELECT to_jsonb(s) FROM suppressions s UNION ALL SELECT to_jsonb(a) FROM audit_events a
         UNION ALL SELECT to_jsonb(i) FROM customer_import_errors i) x`,
    );
    const everything = dump.map((d) => d.row).join('\n');
    for (const value of [
      'erase.me@kulit-sehat.id',
      '6281355553939',
      'secret note 39',
      'PO-SINTA-1',
      'Signed form of dr. Sinta',
    ]) {
      expect(everything).not.toContain(value);
    }
    const after = await call<{ name: string; status: string; nik: string | null }>(
      t.baseUrl,
      'GET',
      `/api/v1/customers/${customer}`,
      { token: privacy },
    );
    expect(after.body).toMatchObject({ status: 'anonymized', nik: null });
    expect(after.body.name).not.toContain('Sinta');
    const keptOrder = await call<{ total: number; customerPoNumber: string | null }>(
      t.baseUrl,
      'GET',
      `/api/v1/orders/${order.body.id}`,
      { token: privacy },
    );
    expect(keptOrder.body).toMatchObject({ total: order.body.total, customerPoNumber: null });
    const byNik = await call<{ items: { score: number }[] }>(
      t.baseUrl,
      'POST',
      '/api/v1/customers/duplicate-candidates',
      { token: privacy, body: { name: 'x', nik: '3273015506880039' } },
    );
    expect(byNik.body.items).toEqual([]);
    const search = await call<{ items: unknown[] }>(
      t.baseUrl,
      'GET',
      '/api/v1/customers?q=erase.me',
      { token: privacy },
    );
    expect(search.body.items).toEqual([]);
  });

  it('restriction and objection take effect at once on orders and audiences; withdrawal appends events', async () => {
    const customer = await newCustomer({ nik: undefined, email: 'limits@kulit-sehat.id' });
    await call(t.baseUrl, 'POST', `/api/v1/customers/${customer}/consents`, {
      token: sales,
      body: {
        purpose: 'marketing_email',
        granted: true,
        method: 'written',
        noticeVersion: '2024-10',
      },
    });
    const inAudience = async () =>
      (
        await call<{ items: { customerId: string }[] }>(
          t.baseUrl,
          'GET',
          '/api/v1/consent/audiences/marketing_email?limit=200',
          { token: privacy },
        )
      ).body.items.some((i) => i.customerId === customer);
    expect(await inAudience()).toBe(true);
    const objection = await open(customer, 'objection');
    await verify(objection.id);
    await fulfil(objection.id);
    expect(await inAudience()).toBe(false);

    const withdrawal = await open(customer, 'consent_withdrawal');
    await verify(withdrawal.id);
    expect((await fulfil(withdrawal.id)).status).toBe(400);
    expect((await fulfil(withdrawal.id, { purposes: ['marketing_email'] })).body.status).toBe(
      'completed',
    );
    const state = await call<{ items: { purpose: string; granted: boolean }[] }>(
      t.baseUrl,
      'GET',
      `/api/v1/customers/${customer}/consents`,
      { token: privacy },
    );
    expect(state.body.items.find((s) => s.purpose === 'marketing_email')?.granted).toBe(false);

    const restriction = await open(customer, 'restriction');
    await verify(restriction.id);
    await fulfil(restriction.id);
    const product = await createProduct(t.baseUrl, admin);
    const order = await call<{ id: string }>(t.baseUrl, 'POST', '/api/v1/orders', {
      token: sales,
      body: { kind: 'sale', customerId: customer, lines: [{ productId: product.id, quantity: 1 }] },
    });
    const submit = await call<Problem>(
      t.baseUrl,
      'POST',
      `/api/v1/orders/${order.body.id}/submit`,
      { token: sales },
    );
    expect([submit.status, submit.body.type]).toEqual([422, '/problems/customer-restricted']);
  });

  it('rejects with a ground, keeps sales reps to their customers, and lets only the privacy officer act', async () => {
    const customer = await newCustomer({ nik: undefined });
    const request = await open(customer, 'access');
    expect(
      (
        await call(t.baseUrl, 'POST', `/api/v1/privacy-requests/${request.id}/verify`, {
          token: sales,
          body: { method: 'x' },
        })
      ).status,
    ).toBe(403);
    const rejected = await call<Request & { rejectionReason: string }>(
      t.baseUrl,
      'POST',
      `/api/v1/privacy-requests/${request.id}/reject`,
      {
        token: privacy,
        body: {
          ground: 'identity_not_verified',
          reason: 'We could not confirm the requester is the doctor.',
        },
      },
    );
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      rejectionReason: 'We could not confirm the requester is the doctor.',
    });
    const sales2 = await loginAs(t.baseUrl, 'sales2@bei-hub.local');
    expect(
      (await call(t.baseUrl, 'GET', `/api/v1/privacy-requests/${request.id}`, { token: sales2 }))
        .status,
    ).toBe(404);
    expect(
      (
        await call(t.baseUrl, 'POST', '/api/v1/privacy-requests', {
          token: sales2,
          body: { customerId: customer, type: 'access', receivedVia: 'email' },
        })
      ).status,
    ).toBe(404);
  });
});
