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
  const config = loadConfig({
    NODE_ENV: 'development',
    JWT_SECRET: 'x'.repeat(32),
    AUDIT_SIGNING_KEY: 'BEGIN',
    ADMIN_PASSWORD: 'x'.repeat(12),
  });
  const app = await createApp(config, 'postgres://unused', createLogger('error'), {
    preview: true,
  });
  const document = buildOpenApiDocument(app);
  fs.writeFileSync(target, `${JSON.stringify(sortKeys(document), null, 2)}\n`);
  await app.close();
  console.log(`OpenAPI document written to ${path.relative(process.cwd(), target)}`);
}

void main();
