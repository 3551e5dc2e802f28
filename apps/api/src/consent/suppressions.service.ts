import { normalizePhone } from '@bei-hub/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { currentContext } from '../common/context/request-context';
import { DEFAULT_PAGE_SIZE } from '../common/http/page-query.dto';
import { decodeCursor, toPage } from '../common/http/pagination';
import {
  ConflictError,
  NotFoundError,
  ValidationFailedError,
} from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import { customerScopeOf } from '../customers/customer-scope';
import { assertCustomerVisible } from './consent-access';
import type {
  CreateSuppressionDto,
  ListSuppressionsQueryDto,
  SuppressionDto,
  SuppressionPageDto,
} from './dto/suppression.dto';

type SuppressionRow = {
  id: string;
  channel: string;
  customer_id: string | null;
  value: string | null;
  reason: string;
  created_at: Date;
};

const toSuppression = (r: SuppressionRow): SuppressionDto => ({
  id: r.id,
  channel: r.channel,
  customerId: r.customer_id,
  value: r.value,
  reason: r.reason,
  createdAt: r.created_at.toISOString(),
});

/** An e-mail address in lower case, a phone number in E.164: the forms audiences compare against. */
export function normalizeContact(value: string): string | null {
  const trimmed = value.trim();
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return trimmed.toLowerCase();
  return normalizePhone(trimmed);
}

/** Do-not-contact lists that every audience honours; only the privacy officer lifts an entry. */
@Injectable()
export class SuppressionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    principal: AuthenticatedPrincipal,
    query: ListSuppressionsQueryDto,
  ): Promise<SuppressionPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const scope = customerScopeOf(principal);
    const rows: SuppressionRow[] = await this.dataSource.query(
      `SELECT s.* FROM suppressions s LEFT JOIN customers c ON c.id = s.customer_id
       WHERE s.lifted_at IS NULL AND ($1::text IS NULL OR s.channel = $1) AND ($2::uuid IS NULL OR s.customer_id = $2)
         AND ($3::uuid IS NULL OR c.owner_id = $3) AND ($4::uuid IS NULL OR s.id < $4)
       ORDER BY s.id DESC LIMIT $5`,
      [
        query.channel ?? null,
        query.customerId ?? null,
        scope.ownerId,
        decodeCursor(query.cursor)?.id ?? null,
        limit + 1,
      ],
    );
    return toPage(rows, limit, (r) => ({ sort: r.id, id: r.id }), toSuppression);
  }

  async create(
    principal: AuthenticatedPrincipal,
    input: CreateSuppressionDto,
  ): Promise<SuppressionDto> {
    if (Boolean(input.customerId) === Boolean(input.value)) {
      throw new ValidationFailedError([
        {
          field: input.customerId ? 'value' : 'customerId',
          message: 'give either customerId or value',
        },
      ]);
    }
    if (input.customerId) await assertCustomerVisible(this.dataSource, principal, input.customerId);
    const value = input.value ? normalizeContact(input.value) : null;
    if (input.value && !value)
      throw new ValidationFailedError([
        { field: 'value', message: 'must be an e-mail address or a phone number' },
      ]);
    const id = uuidv7();
    return this.dataSource.transaction(async (manager) => {
      const [row]: SuppressionRow[] = await manager.query(
        `INSERT INTO suppressions (id, channel, customer_id, value, reason, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [
          id,
          input.channel,
          input.customerId ?? null,
          value,
          input.reason.trim(),
          currentContext().actor.id,
        ],
      );
      await this.audit.record(manager, {
        action: 'suppression.added',
        resourceType: 'suppression',
        resourceId: id,
        subjectId: input.customerId ?? null,
      });
      return toSuppression(row);
    });
  }

  async lift(id: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [row]: (SuppressionRow & { lifted_at: Date | null })[] = await manager.query(
        `SELECT * FROM suppressions WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw new NotFoundError('Suppression');
      if (row.lifted_at) throw new ConflictError('This suppression was lifted already.');
      await manager.query(
        `UPDATE suppressions SET lifted_at = now(), lifted_by = $2, lift_reason = $3 WHERE id = $1`,
        [id, currentContext().actor.id, reason.trim()],
      );
      await this.audit.record(manager, {
        action: 'suppression.lifted',
        resourceType: 'suppression',
        resourceId: id,
        subjectId: row.customer_id,
      });
    });
  }
}
