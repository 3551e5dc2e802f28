import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export const LOGIN_WINDOW_MINUTES = 15;

/** Failed and successful sign-ins, for throttling per account and per address. */
@Injectable()
export class LoginAttemptsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    manager: EntityManager,
    email: string,
    ip: string,
    succeeded: boolean,
  ): Promise<void> {
    await manager.query(`INSERT INTO login_attempts (email, ip, succeeded) VALUES ($1, $2, $3)`, [
      email,
      ip,
      succeeded,
    ]);
  }

  /** Failures for this account in the window since its last success, and when the oldest one leaves it. */
  async recentFailuresForAccount(email: string): Promise<{ count: number; oldest: Date | null }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS count, min(attempted_at) AS oldest FROM login_attempts
       WHERE email = $1 AND NOT succeeded AND attempted_at > now() - make_interval(mins => $2)
         AND attempted_at > coalesce((SELECT max(attempted_at) FROM login_attempts WHERE email = $1 AND succeeded), '-infinity')`,
      [email, LOGIN_WINDOW_MINUTES],
    );
    return { count: row.count, oldest: row.oldest };
  }

  async recentFailuresForAddress(ip: string): Promise<{ count: number; oldest: Date | null }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS count, min(attempted_at) AS oldest FROM login_attempts
       WHERE ip = $1 AND NOT succeeded AND attempted_at > now() - make_interval(mins => $2)`,
      [ip, LOGIN_WINDOW_MINUTES],
    );
    return { count: row.count, oldest: row.oldest };
  }
}
