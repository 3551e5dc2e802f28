import { canonicalJson, chainHash, GENESIS_HASH, type HashedAuditEvent } from './audit-hash';

const event: HashedAuditEvent = {
  id: '019ab000-0000-7000-8000-000000000001',
  chain: 3,
  seq: 1,
  occurredAt: '2026-11-25T08:00:00.000Z',
  actor: { type: 'user', id: '019ab000-0000-7000-8000-0000000000aa', roles: ['admin'] },
  action: 'user.created',
  resourceType: 'user',
  resourceId: '019ab000-0000-7000-8000-0000000000bb',
  subjectId: null,
  requestId: 'req-1',
  ip: '127.0.0.1',
  outcome: 'success',
  changedFields: null,
};

describe('audit hash chain', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,"x"]},"b":1}',
    );
  });

  it('is stable for the same event and previous hash', () => {
    expect(chainHash(GENESIS_HASH, event)).toBe(chainHash(GENESIS_HASH, { ...event }));
    expect(chainHash(GENESIS_HASH, event)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any field or the previous hash changes', () => {
    const base = chainHash(GENESIS_HASH, event);
    expect(chainHash(GENESIS_HASH, { ...event, seq: 2 })).not.toBe(base);
    expect(
      chainHash(GENESIS_HASH, { ...event, actor: { ...event.actor, roles: ['sales'] } }),
    ).not.toBe(base);
    expect(chainHash('f'.repeat(64), event)).not.toBe(base);
  });
});
