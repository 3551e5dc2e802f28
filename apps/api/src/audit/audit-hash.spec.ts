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

describe('the worked example in docs/audit-verification.md', () => {
  it('gives the documented hash', () => {
    const documented: HashedAuditEvent = {
      id: '019ab2c0-5c00-7000-8000-000000000001',
      chain: 0,
      seq: 1,
      occurredAt: '2026-11-25T08:00:00.000Z',
      actor: { type: 'user', id: '019ab2c0-0000-7000-8000-0000000000aa', roles: ['sales'] },
      action: 'customer.viewed',
      resourceType: 'customer',
      resourceId: '019ab2c0-1111-7000-8000-000000000042',
      subjectId: '019ab2c0-1111-7000-8000-000000000042',
      requestId: 'req-7f3a',
      ip: '203.0.113.10',
      outcome: 'success',
      changedFields: null,
    };
    expect(chainHash(GENESIS_HASH, documented)).toBe(
      '01d8a883faabd5a8a17402e7b786a7717094a6fb8820cf5f2a496da00588a055',
    );
  });
});
