import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DATABASE_URL } from '../database/database.tokens';

export type JobHandler<T> = (data: T, jobId: string) => Promise<void>;

/**
 * Background work on pg-boss: jobs live in PostgreSQL (schema `pgboss`), survive restarts, and are
 * claimed with SKIP LOCKED so each runs once however many app processes share the database.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;

  constructor(@Inject(DATABASE_URL) databaseUrl: string) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: 'pgboss',
      max: 4,
      application_name: 'bei-hub-jobs',
    });
    this.boss.on('error', (error) => this.logger.error(error.message));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  /** Declares a queue and starts working it in this process. */
  async work<T extends object>(
    queue: string,
    handler: JobHandler<T>,
    options: { retryLimit?: number } = {},
  ): Promise<void> {
    await this.boss.createQueue(queue, { retryLimit: options.retryLimit ?? 5, retryBackoff: true });
    await this.boss.work<T>(queue, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) await handler(job.data, job.id);
    });
  }

  async send<T extends object>(
    queue: string,
    data: T,
    options: PgBoss.SendOptions = {},
  ): Promise<string | null> {
    await this.boss.createQueue(queue);
    return this.boss.send(queue, data, options);
  }

  /** Sends a job to run no sooner than `seconds` from now. */
  async sendAfter<T extends object>(
    queue: string,
    data: T,
    options: PgBoss.SendOptions,
    seconds: number,
  ): Promise<string | null> {
    await this.boss.createQueue(queue);
    return this.boss.sendAfter(queue, data, options, seconds);
  }

  /** Stops fetching and lets running jobs finish before the database closes. */
  async onApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
