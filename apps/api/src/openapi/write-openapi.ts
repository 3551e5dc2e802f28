import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/app-config';
import { createLogger } from '../common/logging/logger';
import { createApp } from '../app.factory';
import { buildOpenApiDocument } from './openapi-document';

/** Writes the OpenAPI document, keys sorted, without touching a database (Nest preview mode). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

async function main(): Promise<void> {
  const target = path.resolve(process.argv[2] ?? 'libs/api-client/openapi.json');
  // Preview mode instantiates no provider, so these placeholders are never used.
  const config = loadConfig({
    NODE_ENV: 'development',
    DATABASE_URL: 'postgres://unused/unused',
    JWT_SECRET: 'unused-in-preview-mode-0123456789',
    AUDIT_SIGNING_KEY: '-----BEGIN unused-----',
    ADMIN_PASSWORD: 'unused-in-preview',
    DATA_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'),
    BLIND_INDEX_KEY: Buffer.alloc(32).toString('base64'),
  });
  const app = await createApp(config, 'postgres://unused/unused', createLogger('error'), {
    preview: true,
  });
  const document = buildOpenApiDocument(app);
  fs.writeFileSync(target, `${JSON.stringify(sortKeys(document), null, 2)}\n`);
  await app.close();
  console.log(`OpenAPI document written to ${path.relative(process.cwd(), target)}`);
}

void main();
