import { createHash } from 'node:crypto';

/** The chain's first `prevHash`: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hashed fields of one event (docs/audit-verification.md describes this form). */
export type HashedAuditEvent = {
  id: string;
  chain: number;
  seq: number;
  occurredAt: string;
  actor: { type: string; id: string | null; roles: string[] };
  action: string;
  resourceType: string;
  resourceId: string | null;
  subjectId: string | null;
  requestId: string | null;
  ip: string | null;
  outcome: string;
  changedFields: string[] | null;
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** RFC 8785-style canonical JSON for our value types: sorted keys, no whitespace. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** hash = SHA-256 hex of `prevHash` + "\n" + canonical JSON of the event (UTF-8). */
export function chainHash(prevHash: string, event: HashedAuditEvent): string {
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalJson(event as unknown as Json)}`, 'utf8')
    .digest('hex');
}
