import { useSyncExternalStore } from 'react';
import { getSession, type Session, subscribeSession } from '../../../lib/session-store';

/** The signed-in session, re-rendering when it starts, refreshes or ends. */
export const useSession = (): Session | null =>
  useSyncExternalStore(subscribeSession, getSession, getSession);
