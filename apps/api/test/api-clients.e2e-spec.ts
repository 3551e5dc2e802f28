import { ADMIN_EMAIL, call, loginAs, startTestApp, type TestApp } from './support/test-app';

type Client = { id: string; clientId: string; clientSecret: string; scopes: string[] };
type Token = { access_token: string; token_type: string; expires_in: number; scope: string };

describe('integrators: API clients and client credentials (contract §3)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
  });
  afterAll(() => t.close());

  const createClient = async (scopes: string[]) => {
    const res = await call<Client>(t.baseUrl, 'POST', '/api/v1/api-clients', {
      token: admin,
      body: { name: 'ERP sync', scopes },
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const tokenFor = async (client: Client, scope?: string) => {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      ...(scope ? { scope } : {}),
    });
    const res = await fetch(`${t.baseUrl}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    return { status: res.status, body: (await res.json()) as Token & { error?: string } };
  };

  it('shows the secret once and stores only a hash', async () => {
    const client = await createClient(['customers:read']);
    expect(client.clientSecret).toMatch(/^bei_cs_/);
    const list = await call<{ items: Record<string, unknown>[] }>(
      t.baseUrl,
      'GET',
      '/api/v1/api-clients',
      { token: admin },
    );
    expect(JSON.stringify(list.body)).not.toContain(client.clientSecret);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM api_clients WHERE secret_hash LIKE '%' || $1 || '%'`,
      [client.clientSecret],
    );
    expect(n).toBe(0);
  });

  it('issues tokens for form, JSON and HTTP Basic requests with RFC 6749 errors otherwise', async () => {
    const client = await createClient(['customers:read', 'orders:read']);
    const form = await tokenFor(client);
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ token_type: 'Bearer', scope: 'customers:read orders:read' });
    expect(form.body.expires_in).toBeLessThanOrEqual(900);

    const json = await call<Token>(t.baseUrl, 'POST', '/api/v1/auth/token', {
      body: {
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: client.clientSecret,
        scope: 'orders:read',
      },
    });
    expect(json.body.scope).toBe('orders:read');
    const basic = await fetch(`${t.baseUrl}/api/v1/auth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    expect(basic.status).toBe(200);

    const wrong = await tokenFor({ ...client, clientSecret: 'bei_cs_wrong' });
    expect(wrong).toEqual({
      status: 401,
      body: expect.objectContaining({ error: 'invalid_client' }),
    });
    const scope = await tokenFor(client, 'customers:write');
    expect(scope).toEqual({
      status: 400,
      body: expect.objectContaining({ error: 'invalid_scope' }),
    });
    const grant = await call<{ error: string }>(t.baseUrl, 'POST', '/api/v1/auth/token', {
      body: { grant_type: 'password', username: 'x' },
    });
    expect(grant.body.error).toBe('unsupported_grant_type');
  });

  it('enforces scopes alongside roles: read without write is 403 on writes; employee-only routes refuse clients', async () => {
    const reader = await createClient(['customers:read']);
    const { body } = await tokenFor(reader);
    const token = body.access_token;
    await call(t.baseUrl, 'POST', '/api/v1/customers', {
      token: admin,
      body: { type: 'clinic', name: 'Klinik Integrasi' },
    });
    const list = await call<{ items: { name: string }[] }>(t.baseUrl, 'GET', '/api/v1/customers', {
      token,
    });
    expect(list.status).toBe(200);
    expect(list.body.items.map((c) => c.name)).toContain('Klinik Integrasi');
    const write = await call<{ type: string }>(t.baseUrl, 'POST', '/api/v1/customers', {
      token,
      body: { type: 'clinic', name: 'Nope' },
    });
    expect([write.status, write.body.type]).toEqual([403, '/problems/forbidden']);
    expect((await call(t.baseUrl, 'GET', '/api/v1/users', { token })).status).toBe(403);
    expect((await call(t.baseUrl, 'GET', '/api/v1/orders', { token })).status).toBe(403);

    const writer = await createClient(['customers:read', 'customers:write']);
    const writerToken = (await tokenFor(writer)).body.access_token;
    const created = await call<{ id: string }>(t.baseUrl, 'POST', '/api/v1/customers', {
      token: writerToken,
      body: { type: 'clinic', name: 'Klinik dari ERP' },
    });
    expect(created.status).toBe(201);
    const [event] = await t.dataSource.query(
      `SELECT actor_type, actor_id FROM audit_events WHERE resource_id = $1 AND action = 'customer.created'`,
      [created.body.id],
    );
    expect(event).toEqual({ actor_type: 'api_client', actor_id: writer.id });
  });

  it('revocation takes effect on the next request', async () => {
    const client = await createClient(['customers:read']);
    const token = (await tokenFor(client)).body.access_token;
    expect((await call(t.baseUrl, 'GET', '/api/v1/customers', { token })).status).toBe(200);
    expect(
      (await call(t.baseUrl, 'DELETE', `/api/v1/api-clients/${client.id}`, { token: admin }))
        .status,
    ).toBe(204);
    expect((await call(t.baseUrl, 'GET', '/api/v1/customers', { token })).status).toBe(401);
    expect((await tokenFor(client)).status).toBe(401);
    const list = await call<{
      items: { id: string; revokedAt: string | null; lastUsedAt: string | null }[];
    }>(t.baseUrl, 'GET', '/api/v1/api-clients', { token: admin });
    expect(list.body.items.find((c) => c.id === client.id)).toMatchObject({
      revokedAt: expect.any(String),
      lastUsedAt: expect.any(String),
    });
  });
});
