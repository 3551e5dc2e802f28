import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Secrets generated for a development or demo install, kept under DATA_DIR so restarts reuse them. */
export type LocalSecrets = {
  jwtSecret: string;
  auditSigningKeyPem: string;
  adminPassword: string;
  databasePassword: string;
  /** AES-256-GCM key for NIK/NPWP, base64. */
  dataEncryptionKey: string;
  /** HMAC key for the blind indexes that find NIK/NPWP by exact value, base64. */
  blindIndexKey: string;
};

function generate(): LocalSecrets {
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  return {
    jwtSecret: crypto.randomBytes(48).toString('base64url'),
    auditSigningKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    adminPassword: `Bei-${crypto.randomBytes(9).toString('base64url')}`,
    databasePassword: crypto.randomBytes(24).toString('base64url'),
    dataEncryptionKey: crypto.randomBytes(32).toString('base64'),
    blindIndexKey: crypto.randomBytes(32).toString('base64'),
  };
}

/** Reads DATA_DIR/secrets.json, adding any secret a newer version needs, or creates it. */
export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json');
  const existing: Partial<LocalSecrets> = fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, 'utf8'))
    : {};
  const secrets: LocalSecrets = { ...generate(), ...existing };
  if (Object.keys(existing).length !== Object.keys(secrets).length) {
    // 0755 so the unprivileged postgres user can reach the database folder inside it.
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
