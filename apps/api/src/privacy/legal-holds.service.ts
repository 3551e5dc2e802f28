import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { currentContext } from '../common/context/request-context';
import { ConflictError, NotFoundError } from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import { assertCustomerVisible } from '../consent/consent-access';
import type { CreateLegalHoldDto, LegalHoldDto, LegalHoldListDto } from './dto/legal-hold.dto';

type HoldRow = {
  id: string;
  customer_id: string;
  reference: string;
  reason: string;
  created_at: Date;
  released_at: Date | null;
  release_note: string | null;
};

const toHold = (r: HoldRow): LegalHoldDto => ({
  id: r.id,
  customerId: r.customer_id,
  reference: r.reference,
  reason: r.reason,
  active: r.released_at === null,
  createdAt: r.created_at.toISOString(),
  releasedAt: r.released_at ? r.released_at.toISOString() : null,
  releaseNote: r.release_note,
});

/** Legal holds preserve a customer's data (court orders, investigations): erasure waits until release. */
@Injectable()
export class LegalHoldsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(customerId?: string): Promise<LegalHoldListDto> {
    const rows: HoldRow[] = await this.dataSource.query(
      `SELECT * FROM legal_holds WHERE ($1::uuid IS NULL OR customer_id = $1) ORDER BY released_at IS NOT NULL, created_at DESC LIMIT 500`,
      [customerId ?? null],
    );
    return { items: rows.map(toHold) };
  }

  async create(
    principal: AuthenticatedPrincipal,
    input: CreateLegalHoldDto,
  ): Promise<LegalHoldDto> {
    await assertCustomerVisible(this.dataSource, principal, input.customerId);
    const id = uuidv7();
    return this.dataSource.transaction(async (manager) => {
      const [row]: HoldRow[] = await manager.query(
        `INSERT INTO legal_holds (id, customer_id, reference, reason, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [
          id,
          input.customerId,
          input.reference.trim(),
          input.reason.trim(),
          currentContext().actor.id,
        ],
      );
      await this.audit.record(manager, {
        action: 'legal_hold.placed',
        resourceType: 'legal_hold',
        resourceId: id,
        subjectId: input.customerId,
      });
      return toHold(row);
    });
  }

  async release(id: string, note: string): Promise<LegalHoldDto> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: HoldRow[] = await manager.query(
        `SELECT * FROM legal_holds WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw new NotFoundError('Legal hold');
      if (row.released_at) throw new ConflictError('This legal hold was released already.');
      // TypeORM answers an UPDATE … RETURNING with [rows, rowCount].
      const [[updated]]: [HoldRow[], number] = await manager.query(
        `UPDATE legal_holds SET released_at = now(), release_note = $2 WHERE id = $1 RETURNING *`,
        [id, note.trim()],
      );
      await this.audit.record(manager, {
        action: 'legal_hold.released',
        resourceType: 'legal_hold',
        resourceId: id,
        subjectId: row.customer_id,
      });
      return toHold(updated);
    });
  }

  async hasActive(
    customerId: string,
    manager: EntityManager | DataSource = this.dataSource,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM legal_holds WHERE customer_id = $1 AND released_at IS NULL LIMIT 1`,
      [customerId],
    );
    return rows.length > 0;
  }
}
