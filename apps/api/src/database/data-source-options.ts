import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';
import { entities } from './entities';

/** TypeORM options shared by the app, the migration CLI and the tests. `synchronize` is never on. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: false,
    extra: {
      max: poolSize,
      // Fail fast rather than hang when the database is slow or gone.
      connectionTimeoutMillis: 5000,
      statement_timeout: 30_000,
      application_name: 'bei-hub',
    },
  };
}
