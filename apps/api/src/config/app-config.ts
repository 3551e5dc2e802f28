import path from 'node:path';
import { hkdfSync } from 'node:crypto';
import { loadOrCreateLocalSecrets } from './local-secrets';

/** Everything the app reads from the environment, validated once at boot. */
export type AppConfig = {
  nodeEnv: string;
  production: boolean;
  host: string;
  port: number;
  databaseUrl: string | null;
  dataDir: string;
  adminEmail: string;
  adminPassword: string | null;
  adminPasswordGenerated: boolean;
  demoData: boolean;
  /** With demo data: also the few hundred demo doctors and clinics (off leaves only demo users). */
  demoCustomers: boolean;
  jwtSecret: string;
  auditSigningKeyPem: string;
  /** Keys for NIK/NPWP encryption; the first encrypts, all decrypt (rotation). */
  dataEncryptionKeys: { id: string; key: Buffer }[];
  blindIndexKey: Buffer;
  auditChains: number;
  /** Seconds between checks for a new signed checkpoint; 0 signs only on demand. */
  auditCheckpointSeconds: number;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  rateLimitPerMinute: number;
  loginMaxFailures: number;
  loginMaxFailuresPerAddress: number;
  webhookAllowLoopback: boolean;
  corsOrigins: string[];
  trustProxy: boolean;
  webDistDir: string;
  /** Origin used in links sent outside the app (unsubscribe links); null → the request's own. */
  publicBaseUrl: string | null;
  /** k of k-anonymity in analytics: groups covering fewer customers are suppressed. */
  analyticsK: number;
  /** Key for the pseudonyms in de-identified exports; rotating it changes every pseudonym. */
  analyticsPseudonymKey: Buffer;
  logLevel: string;
  dbPoolSize: number;
  /** PPN (VAT): rate in percent on a DPP of numerator/denominator of the price (PMK 131/2024). */
  ppn: { ratePercent: number; dppNumerator: number; dppDenominator: number };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type Env = Record<string, string | undefined>;

/** Reads `process.env` (or a given map) into an AppConfig; throws ConfigError listing every bad value. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean) => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };

  const nodeEnv = read('NODE_ENV') ?? 'development';
  const production = nodeEnv === 'production';
  const databaseUrl = read('DATABASE_URL') ?? null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const dataDir = path.resolve(read('DATA_DIR') ?? '.data');
  const adminEmail = (read('ADMIN_EMAIL') ?? 'admin@bei-hub.local').toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail))
    problems.push('ADMIN_EMAIL must be an e-mail address');
  const adminPasswordGiven = read('ADMIN_PASSWORD') ?? null;
  if (adminPasswordGiven !== null && adminPasswordGiven.length < 12) {
    problems.push('ADMIN_PASSWORD must be at least 12 characters');
  }

  // Outside production, missing secrets are generated once and kept under DATA_DIR.
  const needsLocal =
    !read('JWT_SECRET') ||
    !read('AUDIT_SIGNING_KEY') ||
    !adminPasswordGiven ||
    !read('DATA_ENCRYPTION_KEY') ||
    !read('BLIND_INDEX_KEY');
  if (production) {
    if (!read('DATA_ENCRYPTION_KEY'))
      problems.push('DATA_ENCRYPTION_KEY is required when NODE_ENV=production');
    if (!read('BLIND_INDEX_KEY'))
      problems.push('BLIND_INDEX_KEY is required when NODE_ENV=production');
    if (!databaseUrl)
      problems.push(
        'DATABASE_URL is required when NODE_ENV=production (the embedded database is for development)',
      );
    if (!read('JWT_SECRET')) problems.push('JWT_SECRET is required when NODE_ENV=production');
    if (!read('AUDIT_SIGNING_KEY'))
      problems.push('AUDIT_SIGNING_KEY is required when NODE_ENV=production');
  }
  const local = !production && needsLocal ? loadOrCreateLocalSecrets(dataDir) : null;
  const jwtSecret = read('JWT_SECRET') ?? local?.jwtSecret ?? '';
  if (jwtSecret && jwtSecret.length < 32)
    problems.push('JWT_SECRET must be at least 32 characters');
  const auditSigningKeyPem =
    decodeKey(read('AUDIT_SIGNING_KEY')) ?? local?.auditSigningKeyPem ?? '';

  const dataEncryptionKeys = [
    {
      id: read('DATA_ENCRYPTION_KEY_ID') ?? 'k1',
      key: key32(
        'DATA_ENCRYPTION_KEY',
        read('DATA_ENCRYPTION_KEY') ?? local?.dataEncryptionKey,
        problems,
      ),
    },
    ...parseOldKeys(read('DATA_ENCRYPTION_OLD_KEYS'), problems),
  ];
  const blindIndexKey = key32(
    'BLIND_INDEX_KEY',
    read('BLIND_INDEX_KEY') ?? local?.blindIndexKey,
    problems,
  );

  const config: AppConfig = {
    nodeEnv,
    production,
    host: read('HOST') ?? '0.0.0.0',
    port: int('PORT', 3000, 0, 65535),
    databaseUrl,
    dataDir,
    adminEmail,
    adminPassword: adminPasswordGiven ?? (production ? null : (local?.adminPassword ?? null)),
    adminPasswordGenerated: !adminPasswordGiven && !production,
    demoData: bool('DEMO_DATA', databaseUrl === null),
    demoCustomers: bool('DEMO_CUSTOMERS', true),
    jwtSecret,
    auditSigningKeyPem,
    dataEncryptionKeys,
    blindIndexKey,
    auditChains: int('AUDIT_CHAINS', 16, 1, 1024),
    auditCheckpointSeconds: int('AUDIT_CHECKPOINT_SECONDS', 5, 0, 3600),
    accessTokenTtlSeconds: int('ACCESS_TOKEN_TTL_SECONDS', 900, 60, 900),
    refreshTokenTtlDays: int('REFRESH_TOKEN_TTL_DAYS', 14, 1, 90),
    rateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', 1200, 1, 1_000_000),
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginMaxFailuresPerAddress: int('LOGIN_MAX_FAILURES_PER_ADDRESS', 200, 1, 100_000),
    webhookAllowLoopback: bool('WEBHOOK_ALLOW_LOOPBACK', false),
    corsOrigins: (read('CORS_ORIGINS') ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: bool('TRUST_PROXY', false),
    webDistDir: path.resolve(read('WEB_DIST_DIR') ?? 'dist/apps/web'),
    publicBaseUrl: read('PUBLIC_BASE_URL')?.replace(/\/$/, '') ?? null,
    analyticsK: int('ANALYTICS_K', 5, 2, 1000),
    analyticsPseudonymKey: derivePseudonymKey(read('ANALYTICS_PSEUDONYM_KEY') ?? jwtSecret),
    logLevel: read('LOG_LEVEL') ?? (nodeEnv === 'test' ? 'warn' : 'info'),
    dbPoolSize: int('DB_POOL_SIZE', 10, 1, 200),
    ppn: {
      ratePercent: int('PPN_RATE_PERCENT', 12, 0, 100),
      dppNumerator: int('PPN_DPP_NUMERATOR', 11, 1, 1000),
      dppDenominator: int('PPN_DPP_DENOMINATOR', 12, 1, 1000),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** AUDIT_SIGNING_KEY may be a PEM or a base64-encoded PEM (easier to pass through env files). */
function decodeKey(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return value.includes('BEGIN')
    ? value.replace(/\\n/g, '\n')
    : Buffer.from(value, 'base64').toString('utf8');
}

/** A 256-bit key given as base64. */
function key32(name: string, value: string | undefined, problems: string[]): Buffer {
  const key = Buffer.from(value ?? '', 'base64');
  if (value !== undefined && key.length !== 32)
    problems.push(`${name} must be 32 bytes, base64-encoded`);
  return key;
}

/** `DATA_ENCRYPTION_OLD_KEYS=k0:base64,k-1:base64`: retired keys that still decrypt older values. */
function parseOldKeys(
  value: string | undefined,
  problems: string[],
): { id: string; key: Buffer }[] {
  if (!value) return [];
  return value.split(',').map((entry) => {
    const [id, encoded] = entry.split(':');
    return { id: id.trim(), key: key32('DATA_ENCRYPTION_OLD_KEYS', encoded?.trim(), problems) };
  });
}

/** Pseudonym key from ANALYTICS_PSEUDONYM_KEY, else derived from the JWT secret (HKDF). */
function derivePseudonymKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret || 'unset', 'bei-hub', 'analytics-pseudonyms', 32));
}
