import { ADMIN_EMAIL, call, loginAs, startTestApp, type TestApp } from './support/test-app';

type User = {
  id: string;
  email: string;
  name: string;
  roles: string[];
  active: boolean;
  version: number;
};
type Problem = { type: string; status: number; errors?: { field: string }[] };

describe('users admin (contract §3)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
  });
  afterAll(() => t.close());

  const newUser = (email: string) => ({
    email,
    name: 'Siti Rahma',
    password: 'siti-password-123',
    roles: ['sales'],
  });

  it('creates a user with Location and ETag, audits it, and never returns the password', async () => {
    const res = await call<User>(t.baseUrl, 'POST', '/api/v1/users', {
      token: admin,
      body: newUser('siti@bei.test'),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/v1/users/${res.body.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({
      email: 'siti@bei.test',
      roles: ['sales'],
      active: true,
      version: 1,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password/i);
    const events = await t.dataSource.query(
      `SELECT action, actor_type, request_id FROM audit_events WHERE resource_id = $1`,
      [res.body.id],
    );
    expect(events).toEqual([
      { action: 'user.created', actor_type: 'user', request_id: res.headers.get('x-request-id') },
    ]);
  });

  it('refuses a duplicate e-mail with 409 naming the field, and writes no audit event', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`);
    const res = await call<Problem>(t.baseUrl, 'POST', '/api/v1/users', {
      token: admin,
      body: newUser('SITI@bei.test'),
    });
    expect(res.status).toBe(409);
    expect(res.body.errors?.[0].field).toBe('email');
    const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('needs If-Match to change a user: 428 without, 412 when stale, 200 with the new ETag', async () => {
    const created = await call<User>(t.baseUrl, 'POST', '/api/v1/users', {
      token: admin,
      body: newUser('budi@bei.test'),
    });
    const path = `/api/v1/users/${created.body.id}`;
    const missing = await call<Problem>(t.baseUrl, 'PATCH', path, {
      token: admin,
      body: { name: 'Budi Santoso' },
    });
    expect(missing.status).toBe(428);

    const ok = await call<User>(t.baseUrl, 'PATCH', path, {
      token: admin,
      headers: { 'if-match': '"1"' },
      body: { name: 'Budi Santoso', roles: ['sales', 'manager'] },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    expect(ok.body).toMatchObject({ name: 'Budi Santoso', version: 2 });

    const stale = await call<Problem>(t.baseUrl, 'PATCH', path, {
      token: admin,
      headers: { 'if-match': '"1"' },
      body: { name: 'Lost Update' },
    });
    expect(stale.status).toBe(412);
    const current = await call<User>(t.baseUrl, 'GET', path, { token: admin });
    expect(current.body.name).toBe('Budi Santoso');

    const [event] = await t.dataSource.query(
      `SELECT changed_fields FROM audit_events WHERE resource_id = $1 AND action = 'user.updated'`,
      [created.body.id],
    );
    expect(event.changed_fields).toEqual(['name', 'roles']);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    expect(
      (
        await call(t.baseUrl, 'GET', '/api/v1/users/019ab000-0000-7000-8000-000000000000', {
          token: admin,
        })
      ).status,
    ).toBe(404);
    const bad = await call<Problem>(t.baseUrl, 'GET', '/api/v1/users/not-a-uuid', { token: admin });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0].field).toBe('id');
  });

  it('will not deactivate or demote the last active admin', async () => {
    const me = await call<User>(t.baseUrl, 'GET', '/api/v1/auth/me', { token: admin });
    const res = await call<Problem>(t.baseUrl, 'PATCH', `/api/v1/users/${me.body.id}`, {
      token: admin,
      headers: { 'if-match': `"${me.body.version}"` },
      body: { active: false },
    });
    expect(res.status).toBe(409);
  });

  describe('Idempotency-Key', () => {
    it('replays the first response byte for byte with Idempotent-Replayed', async () => {
      const headers = { 'idempotency-key': 'create-dewi-1' };
      const first = await fetch(`${t.baseUrl}/api/v1/users`, {
        method: 'POST',
        headers: {
          ...headers,
          authorization: `Bearer ${admin}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(newUser('dewi@bei.test')),
      });
      const second = await fetch(`${t.baseUrl}/api/v1/users`, {
        method: 'POST',
        headers: {
          ...headers,
          authorization: `Bearer ${admin}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(newUser('dewi@bei.test')),
      });
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      expect(second.headers.get('location')).toBe(first.headers.get('location'));
      expect(await second.text()).toBe(await first.text());
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM users WHERE email = 'dewi@bei.test'`,
      );
      expect(n).toBe(1);
    });

    it('answers 422 when the key is reused with a different body', async () => {
      const headers = { 'idempotency-key': 'create-eka-1' };
      expect(
        (
          await call(t.baseUrl, 'POST', '/api/v1/users', {
            token: admin,
            headers,
            body: newUser('eka@bei.test'),
          })
        ).status,
      ).toBe(201);
      const other = await call<Problem>(t.baseUrl, 'POST', '/api/v1/users', {
        token: admin,
        headers,
        body: newUser('eko@bei.test'),
      });
      expect(other.status).toBe(422);
      expect(other.body.type).toBe('/problems/idempotency-key-reused');
    });

    it('answers 409 while the first request with the key is still in flight', async () => {
      const headers = {
        'idempotency-key': 'create-race-1',
        authorization: `Bearer ${admin}`,
        'content-type': 'application/json',
      };
      const body = JSON.stringify(newUser('race@bei.test'));
      const results = await Promise.all(
        Array.from({ length: 4 }, () =>
          fetch(`${t.baseUrl}/api/v1/users`, { method: 'POST', headers, body }).then(
            (r) => r.status,
          ),
        ),
      );
      expect(results.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
      expect(results.every((s) => s === 201 || s === 409)).toBe(true);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM users WHERE email = 'race@bei.test'`,
      );
      expect(n).toBe(1);
    });

    it('does not keep a failed attempt, so the key can be used again', async () => {
      const headers = { 'idempotency-key': 'create-retry-1' };
      const failed = await call(t.baseUrl, 'POST', '/api/v1/users', {
        token: admin,
        headers,
        body: newUser('siti@bei.test'),
      });
      expect(failed.status).toBe(409);
      const retried = await call(t.baseUrl, 'POST', '/api/v1/users', {
        token: admin,
        headers,
        body: newUser('siti.retry@bei.test'),
      });
      expect(retried.status).toBe(201);
      expect(retried.headers.get('idempotent-replayed')).toBeNull();
    });
  });
});
