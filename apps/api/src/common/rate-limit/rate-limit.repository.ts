import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Fixed one-minute windows counted in PostgreSQL, so every API replica shares one limit. */
@Injectable()
export class RateLimitRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit for `key` in the current window and returns the window's total. */
  async hit(key: string, windowStart: Date): Promise<number> {
    const [row] = await this.dataSource.query(
      `INSERT INTO rate_limit_counters (key, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
       RETURNING hits`,
      [key, windowStart],
    );
    return row.hits as number;
  }

  async deleteWindowsBefore(cutoff: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE window_start < $1`, [
      cutoff,
    ]);
  }
}
