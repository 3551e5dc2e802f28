import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('lists every bad value at once', () => {
    expect(() =>
      loadConfig({
        PORT: 'abc',
        RATE_LIMIT_PER_MINUTE: '-1',
        DATABASE_URL: 'mysql://x',
        NODE_ENV: 'production',
      }),
    ).toThrow(ConfigError);
    try {
      loadConfig({
        PORT: 'abc',
        RATE_LIMIT_PER_MINUTE: '-1',
        DATABASE_URL: 'mysql://x',
        NODE_ENV: 'production',
      });
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/RATE_LIMIT_PER_MINUTE/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/JWT_SECRET is required/);
      expect(problems).toMatch(/AUDIT_SIGNING_KEY is required/);
    }
  });

  it('generates secrets once under DATA_DIR outside production and reuses them', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bei-config-'));
    const first = loadConfig({ DATA_DIR: dataDir });
    const second = loadConfig({ DATA_DIR: dataDir });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(second.adminPassword).toBe(first.adminPassword);
    expect(first.auditSigningKeyPem).toContain('BEGIN PRIVATE KEY');
    expect(first.demoData).toBe(true);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('defaults demo data off on a configured database', () => {
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://localhost/x',
        JWT_SECRET: 'y'.repeat(32),
        AUDIT_SIGNING_KEY: '-----BEGIN x',
        ADMIN_PASSWORD: 'z'.repeat(12),
      }).demoData,
    ).toBe(false);
  });
});
