import type { LoginResponse } from '@bei-hub/api-client';

export type Session = Pick<LoginResponse, 'accessToken' | 'user'>;
export type SessionUser = Session['user'];
export type SessionEnd = 'signed-out' | 'expired';

type Listener = () => void;

// The access token lives only in this module's memory, never in localStorage: a script injected
// into the page cannot lift a token that outlives the tab. The refresh cookie is httpOnly.
let current: Session | null = null;
let lastEnd: SessionEnd | null = null;
const listeners = new Set<Listener>();

export const getSession = (): Session | null => current;

/** Why the last session ended, so the login page can say "your session expired". */
export const getSessionEnd = (): SessionEnd | null => lastEnd;

export const setSession = (next: Session | null, end: SessionEnd = 'expired'): void => {
  if (next === null && current === null) return;
  lastEnd = next === null ? end : null;
  current = next;
  listeners.forEach((listener) => listener());
};

export const subscribeSession = (listener: Listener): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** Test seam: each test starts as a freshly opened tab. */
export const resetSessionStore = (): void => {
  current = null;
  lastEnd = null;
  listeners.forEach((listener) => listener());
};
