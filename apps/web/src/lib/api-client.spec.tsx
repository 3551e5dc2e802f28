import { screen } from '@testing-library/react';
import { sessionFor, userRecord } from '../test/fixtures';
import { json, problem, stubFetch } from '../test/fetch-stub';
import { renderApp } from '../test/render-app';
import { authFetch } from './api-client';
import { getSession, resetSessionStore, setSession } from './session-store';

const expired = problem(401, { title: 'Unauthorized', detail: 'Token expired' });
const renewed = json({
  accessToken: 'renewed-token',
  tokenType: 'Bearer',
  expiresIn: 900,
  user: sessionFor(['admin']).user,
});

describe('expired access token', () => {
  it('is renewed once and the request retried, so the user keeps working', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/users': [expired, json({ items: [userRecord()], nextCursor: null })],
      'POST /api/v1/auth/refresh': renewed,
    });
    renderApp('/admin/users', { session: sessionFor(['admin']) });

    expect(await screen.findByText('Budi Santoso')).toBeInTheDocument();
    const calls = fetchStub.requests.map((r) => [
      `${r.method} ${new URL(r.url).pathname}`,
      r.headers.get('Authorization'),
    ]);
    expect(calls).toEqual([
      ['GET /api/v1/users', 'Bearer token-admin'],
      ['POST /api/v1/auth/refresh', null],
      ['GET /api/v1/users', 'Bearer renewed-token'],
    ]);
  });

  it('ends the session and shows the login page when renewal fails', async () => {
    stubFetch({
      'GET /api/v1/users': expired,
      'POST /api/v1/auth/refresh': problem(401, { title: 'Unauthorized' }),
    });
    const { router } = renderApp('/admin/users', { session: sessionFor(['admin']) });

    expect(
      await screen.findByText('Sesi Anda telah berakhir. Silakan masuk lagi.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Fadmin%2Fusers');
    expect(getSession()).toBeNull();
  });

  it('is renewed only once when several requests fail together', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/users': [expired, expired, json({ items: [], nextCursor: null })],
      'POST /api/v1/auth/refresh': renewed,
    });
    resetSessionStore();
    setSession(sessionFor(['admin']));

    const answers = await Promise.all([authFetch('/api/v1/users'), authFetch('/api/v1/users')]);

    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(fetchStub.requests.filter((r) => r.url.endsWith('/auth/refresh'))).toHaveLength(1);
    expect(getSession()?.accessToken).toBe('renewed-token');
  });
});
