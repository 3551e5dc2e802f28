import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app-config';
import { createLogger } from '../../src/common/logging/logger';
import { SeedService } from '../../src/seed/seed.service';
import { createTestDatabase, type TestDatabase } from './test-database';

export const ADMIN_EMAIL = 'admin@bei.test';
export const ADMIN_PASSWORD = 'Admin-Passw0rd-test';
export const DEMO_PASSWORD = ADMIN_PASSWORD;

export type TestApp = {
  baseUrl: string;
  app: NestFastifyApplication;
  dataSource: DataSource;
  database: TestDatabase;
  close: () => Promise<void>;
};

/** The whole app over real HTTP on a random port, against its own fresh database. */
export async function startTestApp(
  env: Record<string, string> = {},
  database?: TestDatabase,
): Promise<TestApp> {
  const db = database ?? (await createTestDatabase());
  const signingKey = generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    AUDIT_SIGNING_KEY: signingKey,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    DEMO_DATA: 'true',
    DEMO_CUSTOMERS: 'false',
    AUDIT_CHECKPOINT_SECONDS: '0',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
    ...env,
  });
  const app = await createApp(config, db.url, createLogger(config.logLevel));
  await app.init();
  await app.get(SeedService).run();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    dataSource: app.get(DataSource),
    database: db,
    close: async () => {
      await app.close();
      if (!database) await db.drop();
    },
  };
}

export type ApiResponse<T = unknown> = { status: number; headers: Headers; body: T };

/** fetch with JSON in and out; `token` becomes a bearer header. */
export async function call<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : null) as T,
  };
}

export async function loginAs(
  baseUrl: string,
  email: string,
  password = ADMIN_PASSWORD,
): Promise<string> {
  const response = await call<{ accessToken: string }>(baseUrl, 'POST', '/api/v1/auth/login', {
    body: { email, password },
  });
  if (response.status !== 200) throw new Error(`login as ${email} failed: ${response.status}`);
  return response.body.accessToken;
}
