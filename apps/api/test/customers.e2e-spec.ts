import { ADMIN_EMAIL, call, loginAs, startTestApp, type TestApp } from './support/test-app';

type Customer = {
  id: string;
  name: string;
  phone: string | null;
  nik: string | null;
  npwp: string | null;
  licenseStatus: string;
  ownerId: string | null;
  version: number;
  address: { city: string; province: string } | null;
  licenses: { kind: string; number: string; validUntil: string | null }[];
};
type Page = {
  items: { id: string; name: string; licenseStatus: string }[];
  nextCursor: string | null;
};
type Problem = { type: string; status: number; errors?: { field: string; message: string }[] };

const doctor = (overrides: Record<string, unknown> = {}) => ({
  type: 'doctor',
  name: 'dr. Ayu Lestari, Sp.KK',
  email: 'ayu.lestari@klinik-kulit.id',
  phone: '0812-3456-7890',
  nik: '3174015203850002',
  specialty: 'Dermatologi dan Venereologi',
  licenses: [
    { kind: 'STR', number: 'STR-3171-0001' },
    { kind: 'SIP', number: 'SIP-JKS-0001', validUntil: '2030-06-30' },
  ],
  address: {
    line1: 'Jl. Kemang Raya No. 8',
    city: 'Jakarta Selatan',
    province: 'DKI Jakarta',
    postalCode: '12730',
  },
  creditLimit: 50_000_000,
  ...overrides,
});

describe('customers (contract §4)', () => {
  let t: TestApp;
  let admin: string;
  let sales: string;
  let sales2: string;
  let privacy: string;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
    sales = await loginAs(t.baseUrl, 'sales@bei-hub.local');
    sales2 = await loginAs(t.baseUrl, 'sales2@bei-hub.local');
    privacy = await loginAs(t.baseUrl, 'privacy@bei-hub.local');
    auditor = await loginAs(t.baseUrl, 'auditor@bei-hub.local');
  });
  afterAll(() => t.close());

  it('creates a doctor: E.164 phone, official city, masked NIK, derived licence status, audit event', async () => {
    const res = await call<Customer>(t.baseUrl, 'POST', '/api/v1/customers', {
      token: sales,
      body: doctor(),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/v1/customers/${res.body.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({
      phone: '+6281234567890',
      nik: '••••••••••••0002',
      licenseStatus: 'valid',
      address: { city: 'Kota Jakarta Selatan', province: 'DKI Jakarta' },
    });
    const me = await call<{ id: string }>(t.baseUrl, 'GET', '/api/v1/auth/me', { token: sales });
    expect(res.body.ownerId).toBe(me.body.id);
    const events = await t.dataSource.query(
      `SELECT action, subject_id FROM audit_events WHERE resource_id = $1`,
      [res.body.id],
    );
    expect(events).toEqual([{ action: 'customer.created', subject_id: res.body.id }]);
  });

  it('never stores NIK or NPWP in plain text and never lists them', async () => {
    const created = await call<Customer>(t.baseUrl, 'POST', '/api/v1/customers', {
      token: admin,
      body: {
        type: 'clinic',
        name: 'Klinik Cantik Sehat',
        npwp: '0012345678901000',
        licenses: [{ kind: 'CLINIC_PERMIT', number: 'KP-BDG-77', validUntil: '2027-01-31' }],
      },
    });
    expect(created.status).toBe(201);
    const dump: { row: string }[] = await t.dataSource.query(
      `SELECT row_to_json(c)::text AS row FROM customers c`,
    );
    const everything = dump.map((d) => d.row).join('\n');
    expect(everything).not.toContain('3174015203850002');
    expect(everything).not.toContain('0012345678901000');
    const list = await call<Page>(t.baseUrl, 'GET', '/api/v1/customers', { token: admin });
    expect(JSON.stringify(list.body)).not.toMatch(/"nik"|"npwp"/);
    const full = await call<Customer>(t.baseUrl, 'GET', `/api/v1/customers/${created.body.id}`, {
      token: privacy,
    });
    expect(full.body.npwp).toBe('0012345678901000');
    const masked = await call<Customer>(t.baseUrl, 'GET', `/api/v1/customers/${created.body.id}`, {
      token: admin,
    });
    expect(masked.body.npwp).toBe('••••••••••••1000');
  });

  it('names each bad field: phone, NIK, city outside its province, licence kind, SIP limit', async () => {
    const res = await call<Problem>(t.baseUrl, 'POST', '/api/v1/customers', {
      token: admin,
      body: doctor({
        phone: '12345',
        nik: '3174013503850001',
        address: { line1: 'Jl. Sunset Road', city: 'Bandung', province: 'Bali' },
        licenses: [
          { kind: 'CLINIC_PERMIT', number: 'X-1' },
          { kind: 'SIP', number: 'S-1' },
          { kind: 'SIP', number: 'S-2' },
          { kind: 'SIP', number: 'S-3' },
          { kind: 'SIP', number: 'S-4' },
        ],
      }),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.field).sort()).toEqual(['nik', 'phone']);
    const rules = await call<Problem>(t.baseUrl, 'POST', '/api/v1/customers', {
      token: admin,
      body: doctor({
        nik: undefined,
        address: { line1: 'Jl. Sunset Road', city: 'Bandung', province: 'Bali' },
        licenses: [
          { kind: 'CLINIC_PERMIT', number: 'X-1' },
          { kind: 'SIP', number: 'S-1' },
          { kind: 'SIP', number: 'S-2' },
          { kind: 'SIP', number: 'S-3' },
          { kind: 'SIP', number: 'S-4' },
        ],
      }),
    });
    expect(rules.status).toBe(400);
    expect(rules.body.errors?.map((e) => e.field).sort()).toEqual([
      'address.city',
      'licenses',
      'licenses[0].kind',
    ]);
  });

  it('refuses a second customer with the same NIK (409) and finds it as a duplicate', async () => {
    const dup = await call<Problem>(t.baseUrl, 'POST', '/api/v1/customers', {
      token: admin,
      body: doctor({ name: 'Ayu L.', email: null }),
    });
    expect(dup.status).toBe(409);
    expect(dup.body.errors?.[0].field).toBe('nik');
    const candidates = await call<{ items: { score: number; matchedFields: string[] }[] }>(
      t.baseUrl,
      'POST',
      '/api/v1/customers/duplicate-candidates',
      {
        token: admin,
        body: { name: 'dr Ayu Lestari', nik: '3174015203850002' },
      },
    );
    expect(candidates.status).toBe(200);
    expect(candidates.body.items[0].matchedFields).toEqual(expect.arrayContaining(['nik', 'name']));
    expect(candidates.body.items[0].score).toBeGreaterThan(0.9);
  });

  it('keeps sales reps to their own customers: 404 by id, absent from lists, search and export', async () => {
    const mine = await call<Customer>(t.baseUrl, 'POST', '/api/v1/customers', {
      token: sales2,
      body: {
        type: 'doctor',
        name: 'drg. Bima Saputra',
        email: 'bima@senyum.id',
        licenses: [{ kind: 'STR', number: 'STR-BIMA-9' }],
      },
    });
    expect(mine.status).toBe(201);
    expect(
      (await call(t.baseUrl, 'GET', `/api/v1/customers/${mine.body.id}`, { token: sales })).status,
    ).toBe(404);
    expect(
      (
        await call(t.baseUrl, 'GET', `/api/v1/customers/${mine.body.id}/duplicates`, {
          token: sales,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(t.baseUrl, 'GET', `/api/v1/customers/${mine.body.id}/affiliations`, {
          token: sales,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(t.baseUrl, 'PATCH', `/api/v1/customers/${mine.body.id}`, {
          token: sales,
          headers: { 'if-match': '"1"' },
          body: { name: 'x' },
        })
      ).status,
    ).toBe(404);
    const search = await call<Page>(t.baseUrl, 'GET', '/api/v1/customers?q=Bima', { token: sales });
    expect(search.body.items).toEqual([]);
    const byLicense = await call<Page>(t.baseUrl, 'GET', '/api/v1/customers?q=STR-BIMA-9', {
      token: sales,
    });
    expect(byLicense.body.items).toEqual([]);
    const exported = await fetch(`${t.baseUrl}/api/v1/customers/export?format=csv`, {
      headers: { authorization: `Bearer ${sales}` },
    });
    expect(exported.headers.get('content-type')).toContain('text/csv');
    const csv = await exported.text();
    expect(csv).not.toContain('Bima');
    expect(csv).toContain('Ayu Lestari');
    const ownSearch = await call<Page>(t.baseUrl, 'GET', '/api/v1/customers?q=STR-BIMA-9', {
      token: sales2,
    });
    expect(ownSearch.body.items.map((c) => c.name)).toEqual(['drg. Bima Saputra']);
    expect((await call(t.baseUrl, 'GET', '/api/v1/customers', { token: auditor })).status).toBe(
      403,
    );
  });

  it('searches names with typos, and by phone and e-mail', async () => {
    const typo = await call<Page>(t.baseUrl, 'GET', '/api/v1/customers?q=Lestary', {
      token: admin,
    });
    expect(typo.body.items.map((c) => c.name)).toContain('dr. Ayu Lestari, Sp.KK');
    const phone = await call<Page>(t.baseUrl, 'GET', '/api/v1/customers?q=0812-3456-7890', {
      token: admin,
    });
    expect(phone.body.items.map((c) => c.name)).toContain('dr. Ayu Lestari, Sp.KK');
    const email = await call<Page>(t.baseUrl, 'GET', '/api/v1/customers?q=klinik-kulit', {
      token: admin,
    });
    expect(email.body.items.map((c) => c.name)).toContain('dr. Ayu Lestari, Sp.KK');
  });

  it('filters by licence status and pages with a cursor', async () => {
    await call(t.baseUrl, 'POST', '/api/v1/customers', {
      token: admin,
      body: {
        type: 'doctor',
        name: 'dr. Expired Example',
        licenses: [{ kind: 'SIP', number: 'SIP-OLD-1', validUntil: '2020-01-01' }],
      },
    });
    const expired = await call<Page>(t.baseUrl, 'GET', '/api/v1/customers?licenseStatus=expired', {
      token: admin,
    });
    expect(expired.body.items.map((c) => c.name)).toEqual(['dr. Expired Example']);
    const first = await call<Page>(t.baseUrl, 'GET', '/api/v1/customers?limit=1', { token: admin });
    const second = await call<Page>(
      t.baseUrl,
      'GET',
      `/api/v1/customers?limit=1&cursor=${first.body.nextCursor}`,
      { token: admin },
    );
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it('updates with If-Match: 412 on a stale ETag loses nothing; changed field names are audited', async () => {
    const created = await call<Customer>(t.baseUrl, 'POST', '/api/v1/customers', {
      token: admin,
      body: { type: 'clinic', name: 'Klinik Aura' },
    });
    const path = `/api/v1/customers/${created.body.id}`;
    expect(
      (await call(t.baseUrl, 'PATCH', path, { token: admin, body: { name: 'x' } })).status,
    ).toBe(428);
    const ok = await call<Customer>(t.baseUrl, 'PATCH', path, {
      token: admin,
      headers: { 'if-match': '"1"' },
      body: {
        name: 'Klinik Aura Denpasar',
        address: { line1: 'Jl. Teuku Umar 1', city: 'Denpasar', province: 'Bali' },
      },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    const stale = await call(t.baseUrl, 'PATCH', path, {
      token: admin,
      headers: { 'if-match': '"1"' },
      body: { name: 'Lost' },
    });
    expect(stale.status).toBe(412);
    const now = await call<Customer>(t.baseUrl, 'GET', path, { token: admin });
    expect(now.body.name).toBe('Klinik Aura Denpasar');
    const [event] = await t.dataSource.query(
      `SELECT changed_fields FROM audit_events WHERE resource_id = $1 AND action = 'customer.updated'`,
      [created.body.id],
    );
    expect(event.changed_fields).toEqual(['address', 'name']);
    const views = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE subject_id = $1 AND action = 'customer.viewed'`,
      [created.body.id],
    );
    expect(views[0].n).toBe(1);
  });

  it('links a doctor to a clinic once, both visible to the caller', async () => {
    const clinic = await call<Customer>(t.baseUrl, 'POST', '/api/v1/customers', {
      token: sales,
      body: { type: 'clinic', name: 'Klinik Sales Satu' },
    });
    const doc = await call<Customer>(t.baseUrl, 'POST', '/api/v1/customers', {
      token: sales,
      body: { type: 'doctor', name: 'dr. Rudi Hartono' },
    });
    const other = await call<Customer>(t.baseUrl, 'POST', '/api/v1/customers', {
      token: sales2,
      body: { type: 'clinic', name: 'Klinik Sales Dua' },
    });
    const path = `/api/v1/customers/${doc.body.id}/affiliations`;
    const added = await call<{ clinic: { name: string } }>(t.baseUrl, 'POST', path, {
      token: sales,
      body: { clinicId: clinic.body.id, role: 'Dokter praktik' },
    });
    expect(added.status).toBe(201);
    expect(added.body.clinic.name).toBe('Klinik Sales Satu');
    expect(
      (
        await call(t.baseUrl, 'POST', path, {
          token: sales,
          body: { clinicId: clinic.body.id, role: 'Lagi' },
        })
      ).status,
    ).toBe(409);
    const hidden = await call<Problem>(t.baseUrl, 'POST', path, {
      token: sales,
      body: { clinicId: other.body.id, role: 'x' },
    });
    expect(hidden.status).toBe(400);
    expect(hidden.body.errors?.[0].field).toBe('clinicId');
    const list = await call<{ items: unknown[] }>(
      t.baseUrl,
      'GET',
      `/api/v1/customers/${clinic.body.id}/affiliations`,
      { token: sales },
    );
    expect(list.body.items).toHaveLength(1);
  });
});
