import 'reflect-metadata';
// TypeORM loads the driver dynamically; importing it here keeps it in production installs.
import 'pg';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { createLogger } from './common/logging/logger';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded-database';
import { runMigrations } from './database/run-migrations';
import { SeedService } from './seed/seed.service';
import { printStartBanner } from './start-banner';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedDatabase(config.dataDir, logger);
  }
  const databaseUrl = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  const stopEmbedded = async () => embedded?.stop().catch(() => undefined);
  try {
    const applied = await runMigrations(databaseUrl);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    const app = await createApp(config, databaseUrl, logger);
    await app.init();
    const seeded = await app.get(SeedService).run();
    await app.listen({ port: config.port, host: config.host });

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'draining in-flight requests and stopping');
      await app.close();
      await stopEmbedded();
      process.exit(0);
    };
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    printStartBanner(config, port, seeded, embedded !== null);
  } catch (error) {
    logger.fatal({ err: error }, 'failed to start');
    await stopEmbedded();
    process.exit(1);
  }
}

function loadConfigOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

void main();
