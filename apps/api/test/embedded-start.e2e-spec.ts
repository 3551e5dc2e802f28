import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const main = path.join(root, 'dist/apps/api/apps/api/src/main.js');

/** Every postgres process whose data directory is below `dir`. */
function postgresProcessesUnder(dir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes('postgres') && line.includes(dir));
}

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`timed out; output so far:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ready:\n${output}`)));
  });
}

/**
 * The newcomer's path: no DATABASE_URL, so the built app starts its own PostgreSQL under DATA_DIR
 * (as root, through the unprivileged postgres user), migrates, seeds, serves, and on SIGTERM
 * drains and leaves nothing running.
 */
describe('npm start on the embedded database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bei-hub-start-'));
  fs.chmodSync(dir, 0o755);
  const dataDir = path.join(dir, 'data');

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('starts, serves the API with the printed admin login, keeps personal data out of logs, and stops cleanly on SIGTERM', async () => {
    expect(fs.existsSync(main)).toBe(true);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      LOG_LEVEL: 'debug',
    };
    delete env['ADMIN_PASSWORD'];
    const child = spawn(process.execPath, [main], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const logOutput: string[] = [];
    child.stdout?.on('data', (chunk: Buffer) => logOutput.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => logOutput.push(chunk.toString()));
    const output = await waitForOutput(child, /Stop with Ctrl-C/, 90_000);

    const port = Number(/running at http:\/\/[^:]+:(\d+)/.exec(output)?.[1]);
    const password = /Password:\s+(\S+)/.exec(output)?.[1] ?? '';
    expect(output).toContain('Admin login: admin@bei-hub.local');
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(postgresProcessesUnder(dataDir).length).toBeGreaterThan(0);

    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@bei-hub.local', password }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };

    // Personal identifiers must not leak into the logs, even at debug level.
    const nik = '3578014507900003';
    const created = await fetch(`${base}/api/v1/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({
        type: 'doctor',
        name: 'dr. Log Check',
        nik,
        email: 'log.check@klinik.id',
        phone: '081299990000',
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(
      (
        await fetch(`${base}/api/v1/customers/${id}`, {
          headers: { authorization: `Bearer ${accessToken}` },
        })
      ).status,
    ).toBe(200);
    await fetch(`${base}/api/v1/customers?q=${nik}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });

    const exitCode = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exitCode).toBe(0);
    expect(postgresProcessesUnder(dataDir)).toEqual([]);
    // The JSON log lines (the start banner prints the generated password on purpose).
    const logs = logOutput
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .join('\n');
    expect(logs).toContain('"route":"/api/v1/customers"');
    for (const secret of [nik, password, accessToken, 'log.check@klinik.id', '81299990000'])
      expect(logs).not.toContain(secret);
  });
});
