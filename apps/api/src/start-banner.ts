import type { AppConfig } from './config/app-config';
import type { SeedSummary } from './seed/seed.service';

/** Tells whoever ran `npm start` where the app is and how to sign in (stdout, not the JSON log). */
export function printStartBanner(
  config: AppConfig,
  port: number,
  seeded: SeedSummary,
  embeddedDatabase: boolean,
): void {
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const url = `http://${host}:${port}`;
  const password = config.adminPasswordGenerated
    ? `${config.adminPassword}  (generated; kept in ${config.dataDir}/secrets.json)`
    : '(the ADMIN_PASSWORD you set)';
  const lines = [
    '',
    `  BEI Hub is running at ${url}`,
    `  API docs:  ${url}/api/docs`,
    `  Database:  ${embeddedDatabase ? `embedded PostgreSQL under ${config.dataDir}/postgres` : 'DATABASE_URL'}`,
    '',
    `  Admin login: ${config.adminEmail}`,
    `  Password:    ${password}`,
  ];
  if (seeded.demoUsers.length) {
    lines.push('', '  Demo users (same password):');
    for (const user of seeded.demoUsers)
      lines.push(`    ${user.email.padEnd(28)} ${user.roles.join(', ')}`);
  }
  if (seeded.demoCustomers)
    lines.push('', `  Demo data: ${seeded.demoCustomers} doctors and clinics.`);
  lines.push('', '  Stop with Ctrl-C.', '');
  console.log(lines.join('\n'));
}
