import { redirect, type LoaderFunctionArgs } from 'react-router';
import { refreshSession } from '../../lib/api-client';
import { getSession } from '../../lib/session-store';

let restoreAttempt: Promise<boolean> | null = null;

/** On first load the tab has no token yet; the refresh cookie may still hold a session. */
export const restoreSessionOnce = (): Promise<boolean> => {
  restoreAttempt ??= getSession() ? Promise.resolve(true) : refreshSession();
  return restoreAttempt;
};

/** Test seam: each test starts as a freshly opened tab. */
export const resetSessionRestore = (): void => {
  restoreAttempt = null;
};

const safeNext = (value: string | null): string =>
  value && value.startsWith('/') && !value.startsWith('//') ? value : '/';

export const requireSessionLoader = async ({ request }: LoaderFunctionArgs): Promise<null> => {
  await restoreSessionOnce();
  if (getSession()) return null;
  const { pathname, search } = new URL(request.url);
  const next = `${pathname}${search}`;
  throw redirect(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`);
};

export const loginLoader = async ({ request }: LoaderFunctionArgs): Promise<null> => {
  await restoreSessionOnce();
  if (getSession()) throw redirect(safeNext(new URL(request.url).searchParams.get('next')));
  return null;
};

export const nextPathFrom = (search: URLSearchParams): string => safeNext(search.get('next'));
