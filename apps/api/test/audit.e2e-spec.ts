import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ADMIN_EMAIL, call, loginAs, startTestApp, type TestApp } from './support/test-app';

const root = path.resolve(__dirname, '../../..');
const verifier = path.join(root, 'tools/audit-verify/audit-verify.mjs');

/** Runs the offline verifier CLI; returns its exit code and output. */
function verifyOffline(args: string[]): { code: number; output: string } {
  try {
    return {
      code: 0,
      output: execFileSync(process.execPath, [verifier, ...args], {
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

type Page = {
  items: { action: string; subjectId: string | null; hash: string }[];
  nextCursor: string | null;
};

describe('audit log for auditors (contract §9)', () => {
  let t: TestApp;
  let auditor: string;
  let admin: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bei-audit-'));

  beforeAll(async () => {
    t = await startTestApp({ AUDIT_CHAINS: '4' });
    admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
    auditor = await loginAs(t.baseUrl, 'auditor@bei-hub.local');
    const created = await call<{ id: string }>(t.baseUrl, 'POST', '/api/v1/customers', {
      token: admin,
      body: { type: 'clinic', name: 'Klinik Audit' },
    });
    await call(t.baseUrl, 'GET', `/api/v1/customers/${created.body.id}`, { token: admin });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lets the auditor filter events; other roles are refused or see only subject events', async () => {
    const viewed = await call<Page>(
      t.baseUrl,
      'GET',
      '/api/v1/audit-events?action=customer.viewed',
      { token: auditor },
    );
    expect(viewed.status).toBe(200);
    expect(viewed.body.items.map((e) => e.action)).toEqual(['customer.viewed']);
    const prefix = await call<Page>(
      t.baseUrl,
      'GET',
      '/api/v1/audit-events?action=customer.*&limit=1',
      { token: auditor },
    );
    expect(prefix.body.items).toHaveLength(1);
    expect(prefix.body.nextCursor).not.toBeNull();
    const next = await call<Page>(
      t.baseUrl,
      'GET',
      `/api/v1/audit-events?action=customer.*&limit=1&cursor=${prefix.body.nextCursor}`,
      { token: auditor },
    );
    expect(next.body.items[0].hash).not.toBe(prefix.body.items[0].hash);
    const sales = await loginAs(t.baseUrl, 'sales@bei-hub.local');
    expect((await call(t.baseUrl, 'GET', '/api/v1/audit-events', { token: sales })).status).toBe(
      403,
    );
    const privacy = await loginAs(t.baseUrl, 'privacy@bei-hub.local');
    const subjects = await call<Page>(t.baseUrl, 'GET', '/api/v1/audit-events?limit=200', {
      token: privacy,
    });
    expect(subjects.body.items.length).toBeGreaterThan(0);
    expect(subjects.body.items.every((e) => e.subjectId !== null)).toBe(true);
  });

  it('exports NDJSON that verifies offline against a signed checkpoint, and fails after any byte changes', async () => {
    const checkpoint = await call<{ heads: unknown[]; root: string }>(
      t.baseUrl,
      'POST',
      '/api/v1/audit-checkpoints',
      { token: auditor },
    );
    expect(checkpoint.status).toBe(201);
    const key = await call<{ publicKeyPem: string; algorithm: string }>(
      t.baseUrl,
      'GET',
      '/api/v1/audit-checkpoints/public-key',
      { token: auditor },
    );
    expect(key.body.algorithm).toBe('Ed25519');
    await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: admin });
    const exported = await fetch(`${t.baseUrl}/api/v1/audit-events/export?format=ndjson`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    expect(exported.headers.get('content-type')).toContain('application/x-ndjson');
    const ndjson = await exported.text();

    const files = {
      export: path.join(dir, 'export.ndjson'),
      key: path.join(dir, 'key.pem'),
      checkpoint: path.join(dir, 'checkpoint.json'),
    };
    fs.writeFileSync(files.export, ndjson);
    fs.writeFileSync(files.key, key.body.publicKeyPem);
    fs.writeFileSync(files.checkpoint, JSON.stringify(checkpoint.body));
    const ok = verifyOffline([
      files.export,
      '--public-key',
      files.key,
      '--checkpoint',
      files.checkpoint,
    ]);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.output).toMatch(
      /^OK: \d+ events in \d+ chains verified; they extend the signed checkpoint/,
    );

    const altered = ndjson.replace('"customer.viewed"', '"customer.viewe_"');
    fs.writeFileSync(files.export, altered);
    expect(
      verifyOffline([files.export, '--public-key', files.key, '--checkpoint', files.checkpoint])
        .code,
    ).toBe(1);

    // Cutting a chain's tail back past the signed head is caught against the checkpoint.
    const head = (checkpoint.body.heads as { chain: number; seq: number }[]).find(
      (h) => h.seq > 0,
    ) as { chain: number; seq: number };
    const lines = ndjson.trim().split('\n');
    const kept = lines.filter((l) => {
      const e = JSON.parse(l) as { chain: number; seq: number };
      return e.chain !== head.chain || e.seq < head.seq;
    });
    fs.writeFileSync(files.export, `${kept.join('\n')}\n`);
    const truncated = verifyOffline([
      files.export,
      '--public-key',
      files.key,
      '--checkpoint',
      files.checkpoint,
    ]);
    expect(truncated.code).toBe(1);

    const forged = { ...checkpoint.body, root: 'f'.repeat(64) };
    fs.writeFileSync(files.export, ndjson);
    fs.writeFileSync(files.checkpoint, JSON.stringify(forged));
    expect(
      verifyOffline([files.export, '--public-key', files.key, '--checkpoint', files.checkpoint])
        .output,
    ).toMatch(/root does not match/);
  });

  it('exports CSV with the chain fields', async () => {
    const res = await fetch(`${t.baseUrl}/api/v1/audit-events/export?format=csv`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    const [header, first] = (await res.text()).split('\r\n');
    expect(header).toBe(
      'id,chain,seq,occurredAt,actorType,actorId,actorRoles,action,resourceType,resourceId,subjectId,requestId,ip,outcome,changedFields,prevHash,hash',
    );
    expect(first.split(',')).toHaveLength(17);
  });

  it('verifies the chains and names the first bad {chain, seq} after tampering', async () => {
    const before = await call<{ valid: boolean; checked: number; heads: unknown[] }>(
      t.baseUrl,
      'GET',
      '/api/v1/audit-events/verify',
      { token: auditor },
    );
    expect(before.body.valid).toBe(true);
    expect(before.body.heads).toHaveLength(4);
    const [target] = await t.dataSource.query(
      `SELECT chain, seq FROM audit_events WHERE seq = 2 ORDER BY chain LIMIT 1`,
    );
    await t.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(`UPDATE audit_events SET ip = '10.9.9.9' WHERE chain = $1 AND seq = $2`, [
        target.chain,
        target.seq,
      ]);
    });
    const after = await call<{ valid: boolean; firstInvalid: { chain: number; seq: number } }>(
      t.baseUrl,
      'GET',
      '/api/v1/audit-events/verify',
      { token: auditor },
    );
    expect(after.body).toMatchObject({
      valid: false,
      firstInvalid: { chain: target.chain, seq: 2 },
    });
    const otherChain = await call<{ valid: boolean }>(
      t.baseUrl,
      'GET',
      `/api/v1/audit-events/verify?chain=${(target.chain + 1) % 4}`,
      { token: auditor },
    );
    expect(otherChain.body.valid).toBe(true);
    const range = await call<{ valid: boolean }>(
      t.baseUrl,
      'GET',
      `/api/v1/audit-events/verify?chain=${target.chain}&fromSeq=3`,
      { token: auditor },
    );
    expect(range.body.valid).toBe(true);
  });
});

describe('periodic checkpoints', () => {
  it('signs checkpoints on the job queue while events arrive', async () => {
    const t = await startTestApp({ AUDIT_CHECKPOINT_SECONDS: '1' });
    try {
      const auditor = await loginAs(t.baseUrl, 'auditor@bei-hub.local');
      let items: unknown[] = [];
      for (let i = 0; i < 50 && items.length < 2; i += 1) {
        await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: auditor });
        await loginAs(t.baseUrl, 'auditor@bei-hub.local');
        items = (
          await call<{ items: unknown[] }>(t.baseUrl, 'GET', '/api/v1/audit-checkpoints', {
            token: auditor,
          })
        ).body.items;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      expect(items.length).toBeGreaterThanOrEqual(2);
    } finally {
      await t.close();
    }
  });
});
