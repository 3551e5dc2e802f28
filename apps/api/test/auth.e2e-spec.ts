import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  call,
  loginAs,
  startTestApp,
  type TestApp,
} from './support/test-app';

type Session = {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  user: { email: string; roles: string[] };
};

function refreshCookieOf(headers: Headers): string {
  const cookie = headers.getSetCookie().find((c) => c.startsWith('bei_refresh='));
  if (!cookie) throw new Error('no refresh cookie was set');
  return cookie.split(';')[0];
}

describe('employee sign-in (contract §3)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => t.close());

  it('signs in, sets an httpOnly SameSite=Strict refresh cookie and returns a short-lived bearer token', async () => {
    const res = await call<Session>(t.baseUrl, 'POST', '/api/v1/auth/login', {
      body: { email: 'ADMIN@bei.test', password: ADMIN_PASSWORD },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      user: { email: ADMIN_EMAIL, roles: ['admin'] },
    });
    expect(res.body.expiresIn).toBeLessThanOrEqual(900);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('bei_refresh='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const me = await call<{ email: string }>(t.baseUrl, 'GET', '/api/v1/auth/me', {
      token: res.body.accessToken,
    });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(ADMIN_EMAIL);
  });

  it('gives one generic 401 for an unknown e-mail and for a wrong password', async () => {
    const unknown = await call<{ detail: string }>(t.baseUrl, 'POST', '/api/v1/auth/login', {
      body: { email: 'nobody@bei.test', password: 'whatever-123' },
    });
    const wrong = await call<{ detail: string }>(t.baseUrl, 'POST', '/api/v1/auth/login', {
      body: { email: 'manager@bei-hub.local', password: 'wrong-password' },
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('throttles an account after repeated failures (429 with Retry-After) and audits it', async () => {
    const email = 'auditor@bei-hub.local';
    for (let i = 0; i < 3; i += 1) {
      const res = await call(t.baseUrl, 'POST', '/api/v1/auth/login', {
        body: { email, password: 'wrong-password' },
      });
      expect(res.status).toBe(401);
    }
    const blocked = await call<{ type: string }>(t.baseUrl, 'POST', '/api/v1/auth/login', {
      body: { email, password: ADMIN_PASSWORD },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.type).toBe('/problems/login-throttled');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account from the same address is not locked out.
    expect(
      (
        await call(t.baseUrl, 'POST', '/api/v1/auth/login', {
          body: { email: 'manager@bei-hub.local', password: ADMIN_PASSWORD },
        })
      ).status,
    ).toBe(200);

    const [{ failed, throttled }] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE action = 'auth.login_failed')::int AS failed,
              count(*) FILTER (WHERE action = 'auth.login_throttled')::int AS throttled FROM audit_events`,
    );
    expect(failed).toBeGreaterThanOrEqual(3);
    expect(throttled).toBe(1);
  });

  it('rotates the refresh token, and a reused one revokes the whole family', async () => {
    const login = await call<Session>(t.baseUrl, 'POST', '/api/v1/auth/login', {
      body: { email: 'sales@bei-hub.local', password: ADMIN_PASSWORD },
    });
    const first = refreshCookieOf(login.headers);

    const rotated = await call<Session>(t.baseUrl, 'POST', '/api/v1/auth/refresh', {
      headers: { cookie: first },
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.accessToken).toEqual(expect.any(String));
    const second = refreshCookieOf(rotated.headers);
    expect(second).not.toBe(first);

    const reuse = await call(t.baseUrl, 'POST', '/api/v1/auth/refresh', {
      headers: { cookie: first },
    });
    expect(reuse.status).toBe(401);
    // The thief's reuse also ends the legitimate holder's session.
    const afterReuse = await call(t.baseUrl, 'POST', '/api/v1/auth/refresh', {
      headers: { cookie: second },
    });
    expect(afterReuse.status).toBe(401);
  });

  it('logs out: the refresh cookie stops working', async () => {
    const login = await call<Session>(t.baseUrl, 'POST', '/api/v1/auth/login', {
      body: { email: 'privacy@bei-hub.local', password: ADMIN_PASSWORD },
    });
    const cookie = refreshCookieOf(login.headers);
    const logout = await call(t.baseUrl, 'POST', '/api/v1/auth/logout', { headers: { cookie } });
    expect(logout.status).toBe(204);
    expect(
      (await call(t.baseUrl, 'POST', '/api/v1/auth/refresh', { headers: { cookie } })).status,
    ).toBe(401);
  });

  it('refuses a token whose user was deactivated, at once', async () => {
    const admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
    const created = await call<{ id: string }>(t.baseUrl, 'POST', '/api/v1/users', {
      token: admin,
      body: {
        email: 'temp@bei.test',
        name: 'Temp Worker',
        password: 'temp-password-123',
        roles: ['sales'],
      },
    });
    const tempToken = await loginAs(t.baseUrl, 'temp@bei.test', 'temp-password-123');
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: tempToken })).status).toBe(
      200,
    );
    const got = await call(t.baseUrl, 'GET', `/api/v1/users/${created.body.id}`, { token: admin });
    await call(t.baseUrl, 'PATCH', `/api/v1/users/${created.body.id}`, {
      token: admin,
      headers: { 'if-match': got.headers.get('etag') as string },
      body: { active: false },
    });
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: tempToken })).status).toBe(
      401,
    );
    expect(
      (
        await call(t.baseUrl, 'POST', '/api/v1/auth/login', {
          body: { email: 'temp@bei.test', password: 'temp-password-123' },
        })
      ).status,
    ).toBe(401);
  });
});
