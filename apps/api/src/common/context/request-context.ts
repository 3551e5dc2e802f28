import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '@bei-hub/domain';

export type ActorType = 'user' | 'api_client' | 'system' | 'public';
export type Actor = { type: ActorType; id: string | null; roles: Role[] };

/** Who is acting and for which request; set per request and read by the audit log. */
export type RequestContext = { requestId: string | null; ip: string | null; actor: Actor };

export const SYSTEM_ACTOR: Actor = { type: 'system', id: null, roles: [] };
const PUBLIC_ACTOR: Actor = { type: 'public', id: null, roles: [] };

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with a fresh context for one request; the actor starts as public until authenticated. */
export function runWithRequestContext<T>(requestId: string, ip: string, fn: () => T): T {
  return storage.run({ requestId, ip, actor: PUBLIC_ACTOR }, fn);
}

/** Runs background work (jobs, seeding) as the system actor. */
export function runAsSystem<T>(fn: () => T, requestId: string | null = null): T {
  return storage.run({ requestId, ip: null, actor: SYSTEM_ACTOR }, fn);
}

export function currentContext(): RequestContext {
  return storage.getStore() ?? { requestId: null, ip: null, actor: SYSTEM_ACTOR };
}

export function setCurrentActor(actor: Actor): void {
  const store = storage.getStore();
  if (store) store.actor = actor;
}

/** Runs background work on behalf of a user (e.g. the import they started). */
export function runAsActor<T>(actor: Actor, requestId: string, fn: () => T): T {
  return storage.run({ requestId, ip: null, actor }, fn);
}
