import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const root = path.resolve(__dirname, '../../..');
const main = path.join(root, 'dist/apps/api/apps/api/src/main.js');
const EVENTS = 1_000_000;

function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/**
 * A million audit events leave the built app as NDJSON while its resident memory grows by less
 * than 200 MB. The old-space cap makes V8 collect as it goes, so a leak would crash it rather than
 * hide behind lazy garbage collection.
 */
describe('audit export of a million events, in a separate process', () => {
  let db: TestDatabase;
  let app: ChildProcess;
  let base: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const { DataSource } = await import('typeorm');
    const direct = new DataSource({ type: 'postgres', url: db.url });
    await direct.initialize();
    await direct.query(
      `INSERT INTO audit_events (chain, seq, id, occurred_at, actor_type, actor_id, actor_roles, action, resource_type, resource_id, outcome, prev_hash, hash)
       SELECT g % 16, 1000 + g / 16, gen_random_uuid(), now() - make_interval(secs => g), 'user', 'bench-user', '{sales}',
              'customer.viewed', 'customer', gen_random_uuid()::text, 'success', repeat('0', 64), md5(g::text) || md5((g + 1)::text)
       FROM generate_series(1, $1) AS g`,
      [EVENTS],
    );
    await direct.destroy();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_OPTIONS: '--max-old-space-size=160',
      DATABASE_URL: db.url,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      AUDIT_CHECKPOINT_SECONDS: '0',
      ADMIN_EMAIL: 'admin@bei.test',
      ADMIN_PASSWORD: 'Admin-Passw0rd-test',
      JWT_SECRET: randomBytes(32).toString('hex'),
      AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519')
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    };
    app = spawn(process.execPath, [main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    base = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(output)), 60_000);
      app.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const port = /running at http:\/\/[^:]+:(\d+)/.exec(output)?.[1];
        if (port && output.includes('Stop with Ctrl-C')) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${port}`);
        }
      });
    });
  }, 240_000);

  afterAll(async () => {
    app?.kill('SIGTERM');
    await new Promise((resolve) => app?.once('exit', resolve));
    await db?.drop();
  });

  it('streams NDJSON with resident memory growing less than 200 MB', async () => {
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@bei.test', password: 'Admin-Passw0rd-test' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const pid = app.pid as number;
    const baseline = rssKb(pid);
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssKb(pid));
    }, 100);
    const response = await fetch(`${base}/api/v1/audit-events/export?format=ndjson`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    let lines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      for (const byte of chunk) if (byte === 10) lines += 1;
    }
    clearInterval(sampler);
    expect(lines).toBeGreaterThanOrEqual(EVENTS);
    expect(app.exitCode).toBeNull();
    expect((peak - baseline) / 1024).toBeLessThan(200);
  }, 240_000);
});
