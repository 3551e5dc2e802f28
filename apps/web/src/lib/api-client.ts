import { client, refreshToken } from '@bei-hub/api-client';
import { getSession, setSession } from './session-store';

// These work from the refresh cookie or credentials, so a stale bearer must not ride along.
const COOKIE_AUTH_PATHS = ['/api/v1/auth/login', '/api/v1/auth/refresh'];
// A 401 from these is an answer (bad password, no session), not an expired token: never retry.
const NO_RETRY_PATHS = [...COOKIE_AUTH_PATHS, '/api/v1/auth/logout'];

let refreshInFlight: Promise<boolean> | null = null;

/**
 * Tabs share the refresh cookie, and the server treats a second use of a rotated token as theft
 * (revoking every session). The Web Locks API makes tabs take turns; where it is missing
 * (insecure context, old browser) the in-tab single flight below still applies.
 */
const acrossTabs = <T>(work: () => Promise<T>): Promise<T> =>
  'locks' in navigator ? navigator.locks.request('bei-hub.refresh', work) : work();

/**
 * Swaps the httpOnly refresh cookie for a new access token. Concurrent callers in this tab share
 * one request.
 */
export const refreshSession = (): Promise<boolean> => {
  refreshInFlight ??= acrossTabs(() => refreshToken())
    .then(({ data }) => {
      setSession(data ? { accessToken: data.accessToken, user: data.user } : null);
      return Boolean(data);
    })
    .catch(() => {
      setSession(null);
      return false;
    })
    .finally(() => {
      refreshInFlight = null;
    });
  return refreshInFlight;
};

const withBearer = (request: Request, token: string | undefined): Request => {
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  return request;
};

const pathOf = (request: Request): string => new URL(request.url).pathname;

/** fetch with the in-memory bearer token; one refresh and retry on 401, then the session ends. */
export const authFetch = async (
  input: RequestInfo | URL,
  init?: RequestInit,
): Promise<Response> => {
  const request = new Request(input, init);
  // Read fetch at call time so tests can stub it per test.
  const send = (req: Request): Promise<Response> => globalThis.fetch(req);
  if (COOKIE_AUTH_PATHS.includes(pathOf(request))) return send(request);
  if (NO_RETRY_PATHS.includes(pathOf(request))) {
    return send(withBearer(request, getSession()?.accessToken));
  }

  const retryCopy = request.clone();
  const usedToken = getSession()?.accessToken;
  const response = await send(withBearer(request, usedToken));
  if (response.status !== 401 || !usedToken) return response;

  // Another request may already have refreshed while this one was in flight.
  const tokenNow = getSession()?.accessToken;
  const refreshed =
    tokenNow !== undefined && tokenNow !== usedToken ? true : await refreshSession();
  if (!refreshed) return response;
  return send(withBearer(retryCopy, getSession()?.accessToken));
};

let configured = false;

/** Same origin everywhere: the API serves the built SPA, and Vite's dev server proxies /api. */
export const configureApiClient = (): void => {
  if (configured) return;
  configured = true;
  client.setConfig({ baseUrl: '', credentials: 'same-origin', fetch: authFetch });
};
