import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type IdempotencyRecord = {
  request_hash: string;
  state: 'in_flight' | 'completed';
  response_status: number | null;
  response_headers: Record<string, string> | null;
  response_body: string | null;
  created_at: Date;
};

const TTL_HOURS = 24;

/** Idempotency records live in PostgreSQL so every API replica sees the same keys. */
@Injectable()
export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims the key for this request; false when a record already exists. */
  async claim(
    principal: string,
    key: string,
    method: string,
    path: string,
    requestHash: string,
  ): Promise<boolean> {
    // Expired records are replaced rather than replayed.
    await this.dataSource.query(
      `DELETE FROM idempotency_records WHERE principal = $1 AND key = $2 AND expires_at < now()`,
      [principal, key],
    );
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_records (principal, key, method, path, request_hash, state, expires_at)
       VALUES ($1, $2, $3, $4, $5, 'in_flight', now() + make_interval(hours => $6))
       ON CONFLICT (principal, key) DO NOTHING RETURNING key`,
      [principal, key, method, path, requestHash, TTL_HOURS],
    );
    return rows.length > 0;
  }

  async find(principal: string, key: string): Promise<IdempotencyRecord | null> {
    const rows: IdempotencyRecord[] = await this.dataSource.query(
      `SELECT request_hash, state, response_status, response_headers, response_body, created_at
       FROM idempotency_records WHERE principal = $1 AND key = $2`,
      [principal, key],
    );
    return rows[0] ?? null;
  }

  async complete(
    principal: string,
    key: string,
    status: number,
    headers: Record<string, string>,
    body: string,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_records SET state = 'completed', response_status = $3, response_headers = $4, response_body = $5
       WHERE principal = $1 AND key = $2`,
      [principal, key, status, JSON.stringify(headers), body],
    );
  }

  /** Frees the key after a failed attempt, so the client can retry with it. */
  async release(principal: string, key: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_records WHERE principal = $1 AND key = $2 AND state = 'in_flight'`,
      [principal, key],
    );
  }
}
