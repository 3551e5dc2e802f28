import { ADMIN_EMAIL, call, loginAs, startTestApp, type TestApp } from './support/test-app';

type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
};

describe('HTTP conventions (contract §1)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
  });
  afterAll(() => t.close());

  it('answers malformed JSON with 400 problem+json naming the body', async () => {
    const res = await call<Problem>(t.baseUrl, 'POST', '/api/v1/users', {
      token: admin,
      rawBody: '{"email": ',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: '/problems/validation-failed', status: 400 });
    expect(res.body.errors).toEqual([{ field: 'body', message: 'must be valid JSON' }]);
  });

  it('names unknown fields and wrong types', async () => {
    const res = await call<Problem>(t.baseUrl, 'POST', '/api/v1/users', {
      token: admin,
      body: {
        email: 'not-an-email',
        name: 42,
        password: 'long-enough-password',
        roles: ['sales', 'pilot'],
        shoeSize: 44,
      },
    });
    expect(res.status).toBe(400);
    const fields = res.body.errors?.map((e) => e.field).sort();
    expect(fields).toEqual(['email', 'name', 'roles', 'shoeSize']);
  });

  it('refuses a request without a token with 401 and with the wrong role with 403', async () => {
    const anonymous = await call<Problem>(t.baseUrl, 'GET', '/api/v1/users');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.type).toBe('/problems/unauthenticated');

    const forged = await call<Problem>(t.baseUrl, 'GET', '/api/v1/users', { token: `${admin}x` });
    expect(forged.status).toBe(401);

    const sales = await loginAs(t.baseUrl, 'sales@bei-hub.local');
    const denied = await call<Problem>(t.baseUrl, 'GET', '/api/v1/users', { token: sales });
    expect(denied.status).toBe(403);
    expect(denied.body.type).toBe('/problems/forbidden');
    const [event] = await t.dataSource.query(
      `SELECT outcome, resource_id FROM audit_events WHERE action = 'access.denied'`,
    );
    expect(event).toEqual({ outcome: 'denied', resource_id: 'GET /api/v1/users' });
  });

  it('echoes a caller X-Request-Id and generates one otherwise', async () => {
    const given = await call(t.baseUrl, 'GET', '/health/live', {
      headers: { 'x-request-id': 'trace-abc-123' },
    });
    expect(given.headers.get('x-request-id')).toBe('trace-abc-123');
    const generated = await call(t.baseUrl, 'GET', '/health/live');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const res = await call(t.baseUrl, 'GET', '/health/live');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('answers unknown API paths with a problem, not HTML', async () => {
    const res = await call<Problem>(t.baseUrl, 'GET', '/api/v1/nothing-here', {
      headers: { accept: 'text/html' },
    });
    expect(res.status).toBe(404);
    expect(res.body.type).toBe('/problems/not-found');
  });

  it('reports readiness of the database', async () => {
    const res = await call(t.baseUrl, 'GET', '/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('rejects a bad cursor and an out-of-range limit by name', async () => {
    const res = await call<Problem>(t.baseUrl, 'GET', '/api/v1/users?limit=500&cursor=%%%', {
      token: admin,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.field)).toContain('limit');
  });

  it('pages with a keyset cursor without repeating or skipping', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await call<{ items: { id: string }[]; nextCursor: string | null }>(
        t.baseUrl,
        'GET',
        `/api/v1/users${query}`,
        { token: admin },
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((u) => u.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    const all = await call<{ items: { id: string }[] }>(
      t.baseUrl,
      'GET',
      '/api/v1/users?limit=200',
      { token: admin },
    );
    expect(seen).toEqual(all.body.items.map((u) => u.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(6);
  });

  it('publishes the OpenAPI document with every operation', async () => {
    const res = await call<{
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
    }>(t.baseUrl, 'GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\.1/);
    const operationIds = Object.values(res.body.paths).flatMap((methods) =>
      Object.values(methods).map((op) => op.operationId),
    );
    expect(operationIds).toEqual(
      expect.arrayContaining([
        'login',
        'refreshToken',
        'logout',
        'getMe',
        'listUsers',
        'createUser',
        'getUser',
        'updateUser',
      ]),
    );
  });
});

describe('rate limiting', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('limits requests per user with RateLimit headers and Retry-After', async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
    const token = await loginAs(t.baseUrl, ADMIN_EMAIL);
    // Counters use one-minute windows: start well inside one so the burst is not split.
    const toNextWindow = 60_000 - (Date.now() % 60_000);
    if (toNextWindow < 5_000)
      await new Promise((resolve) => setTimeout(resolve, toNextWindow + 100));
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 7; i += 1) {
      last = await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(last?.headers.get('ratelimit-limit')).toBe('5');
    expect(last?.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((last?.body as Problem).type).toBe('/problems/rate-limited');
  });
});
