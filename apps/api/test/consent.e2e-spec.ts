import { ADMIN_EMAIL, call, loginAs, startTestApp, type TestApp } from './support/test-app';

type Audience = { items: { customerId: string; contact: string }[]; nextCursor: string | null };
type State = {
  items: {
    purpose: string;
    granted: boolean;
    noticeVersion: string | null;
    method: string | null;
  }[];
};

describe('consent, suppressions and unsubscribe links (contract §7)', () => {
  let t: TestApp;
  let admin: string;
  let sales: string;
  let privacy: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
    sales = await loginAs(t.baseUrl, 'sales@bei-hub.local');
    privacy = await loginAs(t.baseUrl, 'privacy@bei-hub.local');
  });
  afterAll(() => t.close());

  const newDoctor = async (email: string, token = sales) =>
    (
      await call<{ id: string }>(t.baseUrl, 'POST', '/api/v1/customers', {
        token,
        body: { type: 'doctor', name: `dr. ${email}`, email, phone: '0812-7777-0000' },
      })
    ).body.id;
  const grant = (id: string, purpose = 'marketing_email', granted = true, token = sales) =>
    call(t.baseUrl, 'POST', `/api/v1/customers/${id}/consents`, {
      token,
      body: {
        purpose,
        granted,
        method: 'written',
        noticeVersion: '2024-10',
        evidence: 'Formulir 2026/11/01',
      },
    });
  const audience = async (purpose = 'marketing_email') =>
    (
      await call<Audience>(t.baseUrl, 'GET', `/api/v1/consent/audiences/${purpose}?limit=200`, {
        token: admin,
      })
    ).body.items.map((i) => i.customerId);

  it('lists the purposes of the contract', async () => {
    const res = await call<{ items: { code: string; channel: string }[] }>(
      t.baseUrl,
      'GET',
      '/api/v1/consent/purposes',
      { token: sales },
    );
    expect(res.body.items.map((p) => p.code)).toEqual(
      expect.arrayContaining([
        'marketing_email',
        'marketing_sms',
        'marketing_whatsapp',
        'marketing_phone',
        'push_notifications',
        'precise_location',
        'profiling',
        'third_party_marketing',
        'analytics',
      ]),
    );
  });

  it('derives the current state from events; never asked = not granted; history is oldest first', async () => {
    const id = await newDoctor('state@klinik.id');
    const before = await call<State>(t.baseUrl, 'GET', `/api/v1/customers/${id}/consents`, {
      token: sales,
    });
    expect(before.body.items.every((s) => s.granted === false && s.method === null)).toBe(true);
    expect((await grant(id)).status).toBe(201);
    expect((await grant(id, 'marketing_email', false)).status).toBe(201);
    expect((await grant(id)).status).toBe(201);
    const after = await call<State>(t.baseUrl, 'GET', `/api/v1/customers/${id}/consents`, {
      token: sales,
    });
    expect(after.body.items.find((s) => s.purpose === 'marketing_email')).toMatchObject({
      granted: true,
      noticeVersion: '2024-10',
      method: 'written',
    });
    const history = await call<{ items: { granted: boolean }[] }>(
      t.baseUrl,
      'GET',
      `/api/v1/customers/${id}/consents/history`,
      { token: sales },
    );
    expect(history.body.items.map((e) => e.granted)).toEqual([true, false, true]);
  });

  it('answers 404 for a customer the caller cannot see, and names bad fields', async () => {
    const sales2 = await loginAs(t.baseUrl, 'sales2@bei-hub.local');
    const theirs = await newDoctor('theirs@klinik.id', sales2);
    expect((await grant(theirs)).status).toBe(404);
    const bad = await call<{ errors: { field: string }[] }>(
      t.baseUrl,
      'POST',
      `/api/v1/customers/${theirs}/consents`,
      {
        token: sales2,
        body: { purpose: 'nope', granted: 'yes', method: 'telepathy', noticeVersion: '2024-10' },
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['granted', 'method']);
    const unknownPurpose = await call<{ errors: { field: string }[] }>(
      t.baseUrl,
      'POST',
      `/api/v1/customers/${theirs}/consents`,
      {
        token: sales2,
        body: { purpose: 'nope', granted: true, method: 'verbal', noticeVersion: '2024-10' },
      },
    );
    expect(unknownPurpose.body.errors[0].field).toBe('purpose');
  });

  it('has no way to edit or delete a consent event, through the API or in SQL', async () => {
    const id = await newDoctor('immutable@klinik.id');
    await grant(id);
    const [event] = await t.dataSource.query(
      `SELECT id FROM consent_events WHERE customer_id = $1`,
      [id],
    );
    for (const method of ['PATCH', 'PUT', 'DELETE']) {
      const res = await call(t.baseUrl, method, `/api/v1/customers/${id}/consents/${event.id}`, {
        token: admin,
        body: {},
      });
      expect(res.status).toBe(404);
    }
    await expect(
      t.dataSource.query(`UPDATE consent_events SET granted = false WHERE id = $1`, [event.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(`DELETE FROM consent_events WHERE id = $1`, [event.id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`UPDATE privacy_notices SET body = 'changed'`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('builds audiences from consent, suppressions, objection and restriction together', async () => {
    const granted = await newDoctor('granted@klinik.id');
    const never = await newDoctor('never@klinik.id');
    const suppressedById = await newDoctor('suppressed@klinik.id');
    const suppressedByValue = await newDoctor('byvalue@klinik.id');
    const restricted = await newDoctor('restricted@klinik.id');
    const objecting = await newDoctor('objecting@klinik.id');
    for (const id of [granted, suppressedById, suppressedByValue, restricted, objecting])
      await grant(id);
    expect(await audience()).toEqual(
      expect.arrayContaining([granted, suppressedById, suppressedByValue, restricted, objecting]),
    );
    expect(await audience()).not.toContain(never);

    expect(
      (
        await call(t.baseUrl, 'POST', '/api/v1/suppressions', {
          token: sales,
          body: { channel: 'email', customerId: suppressedById, reason: 'Asked by phone' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call(t.baseUrl, 'POST', '/api/v1/suppressions', {
          token: sales,
          body: { channel: 'all', value: 'ByValue@Klinik.id', reason: 'Bounced' },
        })
      ).status,
    ).toBe(201);
    await t.dataSource.query(`UPDATE customers SET status = 'restricted' WHERE id = $1`, [
      restricted,
    ]);
    await t.dataSource.query(`UPDATE customers SET marketing_objected_at = now() WHERE id = $1`, [
      objecting,
    ]);
    const now = await audience();
    expect(now).toContain(granted);
    for (const excluded of [suppressedById, suppressedByValue, restricted, objecting, never])
      expect(now).not.toContain(excluded);

    // An e-mail suppression does not silence WhatsApp.
    await grant(suppressedById, 'marketing_whatsapp');
    expect(await audience('marketing_whatsapp')).toContain(suppressedById);

    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'consent.audience_disclosed'`,
    );
    expect(n).toBeGreaterThan(0);
  });

  it('lifts a suppression only as the privacy officer, with a reason', async () => {
    const id = await newDoctor('lift@klinik.id');
    await grant(id);
    const s = await call<{ id: string }>(t.baseUrl, 'POST', '/api/v1/suppressions', {
      token: sales,
      body: { channel: 'email', customerId: id, reason: 'Temporary' },
    });
    expect(await audience()).not.toContain(id);
    expect(
      (
        await call(t.baseUrl, 'DELETE', `/api/v1/suppressions/${s.body.id}`, {
          token: sales,
          body: { reason: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(t.baseUrl, 'DELETE', `/api/v1/suppressions/${s.body.id}`, {
          token: privacy,
          body: {},
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call(t.baseUrl, 'DELETE', `/api/v1/suppressions/${s.body.id}`, {
          token: privacy,
          body: { reason: 'Customer asked again' },
        })
      ).status,
    ).toBe(204);
    expect(await audience()).toContain(id);
  });

  it('withdraws by unsubscribe link without a login, as the public actor; a forged token changes nothing', async () => {
    const id = await newDoctor('link@klinik.id');
    await grant(id);
    const link = await call<{ url: string; token: string }>(
      t.baseUrl,
      'POST',
      `/api/v1/customers/${id}/unsubscribe-links`,
      { token: sales, body: { purpose: 'marketing_email' } },
    );
    expect(link.status).toBe(201);
    expect(link.body.url).toContain('/api/v1/public/unsubscribe?token=');

    const page = await fetch(
      `${t.baseUrl}/api/v1/public/unsubscribe?token=${encodeURIComponent(link.body.token)}`,
    );
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Promosi lewat e-mail');
    expect(html).toContain('<form method="post"');
    expect(await audience()).toContain(id);

    const forged = link.body.token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    for (const token of [
      forged,
      'garbage',
      `${link.body.token.split('.')[0]}x.${link.body.token.split('.')[1]}`,
    ]) {
      const res = await fetch(`${t.baseUrl}/api/v1/public/unsubscribe`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }).toString(),
      });
      expect(res.status).toBe(400);
    }
    expect(await audience()).toContain(id);

    const confirmed = await fetch(`${t.baseUrl}/api/v1/public/unsubscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: link.body.token, lang: 'en' }).toString(),
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('You will no longer receive');
    expect(await audience()).not.toContain(id);
    const state = await call<State>(t.baseUrl, 'GET', `/api/v1/customers/${id}/consents`, {
      token: sales,
    });
    expect(state.body.items.find((s) => s.purpose === 'marketing_email')).toMatchObject({
      granted: false,
      method: 'unsubscribe_link',
    });
    const [event] = await t.dataSource.query(
      `SELECT actor_type FROM audit_events WHERE subject_id = $1 AND action = 'consent.withdrawn'`,
      [id],
    );
    expect(event.actor_type).toBe('public');
  });

  it('keeps privacy notices immutable and ties new grants to the version in force', async () => {
    const published = await call(t.baseUrl, 'POST', '/api/v1/privacy-notices', {
      token: privacy,
      body: {
        version: '2026-12',
        title: 'Kebijakan Privasi v2',
        body: 'Teks baru',
        effectiveFrom: '2026-01-01T00:00:00Z',
      },
    });
    expect(published.status).toBe(201);
    const again = await call(t.baseUrl, 'POST', '/api/v1/privacy-notices', {
      token: privacy,
      body: {
        version: '2026-12',
        title: 'Changed',
        body: 'Changed',
        effectiveFrom: '2026-01-01T00:00:00Z',
      },
    });
    expect(again.status).toBe(409);
    const id = await newDoctor('notice@klinik.id');
    const stale = await grant(id);
    expect(stale.status).toBe(422);
    const fresh = await call(t.baseUrl, 'POST', `/api/v1/customers/${id}/consents`, {
      token: sales,
      body: {
        purpose: 'marketing_sms',
        granted: true,
        method: 'electronic',
        noticeVersion: '2026-12',
      },
    });
    expect(fresh.status).toBe(201);
    const list = await call<{ items: { version: string; inForce: boolean }[] }>(
      t.baseUrl,
      'GET',
      '/api/v1/privacy-notices',
      { token: sales },
    );
    expect(list.body.items.find((n) => n.inForce)?.version).toBe('2026-12');
    expect(list.body.items.map((n) => n.version)).toContain('2024-10');
  });
});
