import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ApiScope } from '../auth/principal';

export type ApiClientRow = {
  id: string;
  name: string;
  client_id: string;
  secret_hash: string;
  scopes: ApiScope[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
};

const TOUCH_EVERY_MS = 60_000;

@Injectable()
export class ApiClientsRepository {
  private readonly touched = new Map<string, number>();

  constructor(private readonly dataSource: DataSource) {}

  async findActive(id: string): Promise<ApiClientRow | null> {
    const [row]: ApiClientRow[] = await this.dataSource.query(
      `SELECT * FROM api_clients WHERE id = $1 AND revoked_at IS NULL`,
      [id],
    );
    return row ?? null;
  }

  async findByClientId(clientId: string): Promise<ApiClientRow | null> {
    const [row]: ApiClientRow[] = await this.dataSource.query(
      `SELECT * FROM api_clients WHERE client_id = $1`,
      [clientId],
    );
    return row ?? null;
  }

  list(): Promise<ApiClientRow[]> {
    return this.dataSource.query(
      `SELECT * FROM api_clients ORDER BY revoked_at IS NOT NULL, created_at DESC`,
    );
  }

  async insert(
    manager: EntityManager,
    row: Omit<ApiClientRow, 'created_at' | 'last_used_at' | 'revoked_at'> & { created_by: string },
  ): Promise<ApiClientRow> {
    const [created]: ApiClientRow[] = await manager.query(
      `INSERT INTO api_clients (id, name, client_id, secret_hash, scopes, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [row.id, row.name, row.client_id, row.secret_hash, row.scopes, row.created_by],
    );
    return created;
  }

  async revoke(manager: EntityManager, id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE api_clients SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  /** Records use for the admin screen, at most once a minute per client and off the request's path. */
  touch(id: string): void {
    const now = Date.now();
    if (now - (this.touched.get(id) ?? 0) < TOUCH_EVERY_MS) return;
    this.touched.set(id, now);
    void this.dataSource
      .query(`UPDATE api_clients SET last_used_at = now() WHERE id = $1`, [id])
      .catch(() => undefined);
  }
}
