import { ADMIN_EMAIL, call, loginAs, startTestApp, type TestApp } from './support/test-app';
import { AuditChainVerifier } from '../src/audit/audit-chain-verifier';
import { AuditService } from '../src/audit/audit.service';

describe('audit hash chains (contract §9)', () => {
  let t: TestApp;
  let verifier: AuditChainVerifier;

  beforeAll(async () => {
    t = await startTestApp({ AUDIT_CHAINS: '4' });
    verifier = t.app.get(AuditChainVerifier);
  });
  afterAll(() => t.close());

  async function tamper(sql: string, params: unknown[] = []) {
    // An attacker with database access: triggers off, then a direct change.
    await t.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(sql, params);
    });
  }

  it('keeps every chain gapless and verifiable under 50 concurrent user creations', async () => {
    const admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
    const statuses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(t.baseUrl, 'POST', '/api/v1/users', {
          token: admin,
          body: {
            email: `user${i}@bei.test`,
            name: `User ${i}`,
            password: 'concurrent-password-1',
            roles: ['sales'],
          },
        }).then((r) => r.status),
      ),
    );
    expect(statuses.every((s) => s === 201)).toBe(true);

    const chains: { chain: number; n: number; max: string }[] = await t.dataSource.query(
      `SELECT chain, count(*)::int AS n, max(seq) AS max FROM audit_events GROUP BY chain ORDER BY chain`,
    );
    expect(chains.length).toBeGreaterThan(1);
    for (const chain of chains) expect(Number(chain.max)).toBe(chain.n);
    const [{ created }] = await t.dataSource.query(
      `SELECT count(*)::int AS created FROM audit_events WHERE action = 'user.created'`,
    );
    expect(created).toBe(50 + 6);

    const result = await verifier.verifyAll();
    expect(result).toMatchObject({ valid: true });
    expect(result.checked).toBe(chains.reduce((sum, c) => sum + c.n, 0));
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit table at the database level', async () => {
    await expect(t.dataSource.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  it('rolls back the audit event together with a failed change', async () => {
    const audit = t.app.get(AuditService);
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await audit.record(manager, {
          action: 'user.updated',
          resourceType: 'user',
          resourceId: 'x',
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`);
    expect(after[0].n).toBe(before[0].n);
    expect((await verifier.verifyAll()).valid).toBe(true);
  });

  it('detects an edited event and names its chain and seq', async () => {
    const [target] = await t.dataSource.query(
      `SELECT chain, seq FROM audit_events WHERE seq = 3 ORDER BY chain LIMIT 1`,
    );
    await tamper(
      `UPDATE audit_events SET actor_roles = '{auditor}' WHERE chain = $1 AND seq = $2`,
      [target.chain, target.seq],
    );
    const result = await verifier.verifyAll();
    expect(result.valid).toBe(false);
    expect(result.firstInvalid).toEqual({ chain: target.chain, seq: Number(target.seq) });
  });
});

describe('audit tampering by deletion and reordering', () => {
  let t: TestApp;
  let verifier: AuditChainVerifier;

  beforeEach(async () => {
    t = await startTestApp({ AUDIT_CHAINS: '1' });
    verifier = t.app.get(AuditChainVerifier);
  });
  afterEach(() => t.close());

  async function tamper(sql: string) {
    await t.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(sql);
    });
  }

  it('detects a deleted event', async () => {
    expect((await verifier.verifyAll()).valid).toBe(true);
    await tamper(`DELETE FROM audit_events WHERE chain = 0 AND seq = 2`);
    expect(await verifier.verifyAll()).toMatchObject({
      valid: false,
      firstInvalid: { chain: 0, seq: 2 },
    });
  });

  it('detects two events swapped', async () => {
    await tamper(`UPDATE audit_events SET seq = -2 WHERE chain = 0 AND seq = 2`);
    await tamper(`UPDATE audit_events SET seq = 2 WHERE chain = 0 AND seq = 3`);
    await tamper(`UPDATE audit_events SET seq = 3 WHERE chain = 0 AND seq = -2`);
    expect(await verifier.verifyAll()).toMatchObject({
      valid: false,
      firstInvalid: { chain: 0, seq: 2 },
    });
  });

  it('detects an event inserted behind the log’s back', async () => {
    const [{ max }] = await t.dataSource.query(
      `SELECT max(seq)::int AS max FROM audit_events WHERE chain = 0`,
    );
    await tamper(
      `INSERT INTO audit_events (chain, seq, id, occurred_at, actor_type, actor_roles, action, resource_type, outcome, prev_hash, hash)
       SELECT chain, seq + 1, gen_random_uuid(), occurred_at, 'system', '{}', 'customer.viewed', 'customer', 'success', hash, repeat('a', 64)
       FROM audit_events WHERE chain = 0 AND seq = ${max}`,
    );
    expect(await verifier.verifyAll()).toMatchObject({
      valid: false,
      firstInvalid: { chain: 0, seq: max + 1 },
    });
  });

  it('detects a removed tail against the chain head', async () => {
    const [{ max }] = await t.dataSource.query(
      `SELECT max(seq)::int AS max FROM audit_events WHERE chain = 0`,
    );
    await tamper(`DELETE FROM audit_events WHERE chain = 0 AND seq = ${max}`);
    expect(await verifier.verifyAll()).toMatchObject({
      valid: false,
      firstInvalid: { chain: 0, seq: max },
    });
  });
});
