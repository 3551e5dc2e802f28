import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Secrets generated for a development or demo install, kept under DATA_DIR so restarts reuse them. */
export type LocalSecrets = {
  jwtSecret: string;
  auditSigningKeyPem: string;
  adminPassword: string;
  databasePassword: string;
};

export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as LocalSecrets;
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  const secrets: LocalSecrets = {
    jwtSecret: crypto.randomBytes(48).toString('base64url'),
    auditSigningKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    adminPassword: `Bei-${crypto.randomBytes(9).toString('base64url')}`,
    databasePassword: crypto.randomBytes(24).toString('base64url'),
  };
  // 0755 so the unprivileged postgres user can reach the database folder inside it.
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
