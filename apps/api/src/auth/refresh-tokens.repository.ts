import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export type RefreshTokenRow = {
  id: string;
  user_id: string;
  family_id: string;
  expires_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
};

/** Refresh tokens are stored only as SHA-256 hashes, grouped in families for reuse detection. */
@Injectable()
export class RefreshTokensRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    row: { id: string; userId: string; familyId: string; tokenHash: string; expiresAt: Date },
  ) {
    await manager.query(
      `INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [row.id, row.userId, row.familyId, row.tokenHash, row.expiresAt],
    );
  }

  async findByHash(tokenHash: string): Promise<RefreshTokenRow | null> {
    const rows: RefreshTokenRow[] = await this.dataSource.query(
      `SELECT id, user_id, family_id, expires_at, rotated_at, revoked_at FROM refresh_tokens WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /** Marks a live token as used; false when another request already rotated or revoked it. */
  async claimForRotation(manager: EntityManager, id: string): Promise<boolean> {
    // TypeORM answers an UPDATE … RETURNING with [rows, rowCount].
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE refresh_tokens SET rotated_at = now()
       WHERE id = $1 AND rotated_at IS NULL AND revoked_at IS NULL AND expires_at > now() RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    );
  }

  async revokeAllForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }
}
