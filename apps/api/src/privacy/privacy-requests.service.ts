import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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
import { assertCustomerVisible } from '../consent/consent-access';
import { ConsentService } from '../consent/consent.service';
import { customerScopeOf } from '../customers/customer-scope';
import { CustomersService } from '../customers/customers.service';
import type {
  CreatePrivacyRequestDto,
  FulfilPrivacyRequestDto,
  ListPrivacyRequestsQueryDto,
  PrivacyRequestDto,
  PrivacyRequestPageDto,
  RejectPrivacyRequestDto,
  VerifyPrivacyRequestDto,
} from './dto/privacy-request.dto';
import { ErasureService } from './erasure.service';

const CLOCK_HOURS = 72;

type RequestRow = {
  id: string;
  customer_id: string;
  type: PrivacyRequestDto['type'];
  status: PrivacyRequestDto['status'];
  received_via: string;
  details: string | null;
  received_at: Date;
  due_at: Date;
  verified_at: Date | null;
  verification_method: string | null;
  completed_at: Date | null;
  rejection_reason: string | null;
  outcome: Record<string, unknown> | null;
  version: number;
  created_at: Date;
};

const toRequest = (r: RequestRow): PrivacyRequestDto => ({
  id: r.id,
  customerId: r.customer_id,
  type: r.type,
  status: r.status,
  receivedVia: r.received_via,
  details: r.details,
  receivedAt: r.received_at.toISOString(),
  dueAt: r.due_at.toISOString(),
  overdue: (r.status === 'received' || r.status === 'verified') && r.due_at.getTime() < Date.now(),
  verifiedAt: r.verified_at ? r.verified_at.toISOString() : null,
  verificationMethod: r.verification_method,
  completedAt: r.completed_at ? r.completed_at.toISOString() : null,
  rejectionReason: r.rejection_reason,
  outcome: r.outcome,
  version: r.version,
  createdAt: r.created_at.toISOString(),
});

/**
 * Data-subject requests (UU PDP Arts 5–13) on a 72-hour clock: received → verified → completed or
 * rejected. Fulfilment changes the data in the same transaction as the request's completion.
 */
@Injectable()
export class PrivacyRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomersService,
    private readonly consent: ConsentService,
    private readonly erasure: ErasureService,
    private readonly audit: AuditService,
  ) {}

  async create(
    principal: AuthenticatedPrincipal,
    input: CreatePrivacyRequestDto,
  ): Promise<PrivacyRequestDto> {
    await assertCustomerVisible(this.dataSource, principal, input.customerId);
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : new Date();
    if (receivedAt.getTime() > Date.now() + 60_000)
      throw new ValidationFailedError([
        { field: 'receivedAt', message: 'cannot be in the future' },
      ]);
    const dueAt = new Date(receivedAt.getTime() + CLOCK_HOURS * 3_600_000);
    const id = uuidv7();
    return this.dataSource.transaction(async (manager) => {
      const [row]: RequestRow[] = await manager.query(
        `INSERT INTO privacy_requests (id, customer_id, type, received_via, details, received_at, due_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
        [
          id,
          input.customerId,
          input.type,
          input.receivedVia,
          input.details?.trim() || null,
          receivedAt,
          dueAt,
          currentContext().actor.id,
        ],
      );
      await this.audit.record(manager, {
        action: 'privacy_request.received',
        resourceType: 'privacy_request',
        resourceId: id,
        subjectId: input.customerId,
      });
      return toRequest(row);
    });
  }

  async list(
    principal: AuthenticatedPrincipal,
    query: ListPrivacyRequestsQueryDto,
  ): Promise<PrivacyRequestPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const scope = customerScopeOf(principal);
    const rows: RequestRow[] = await this.dataSource.query(
      `SELECT r.* FROM privacy_requests r
       WHERE ($1::text IS NULL OR r.status = $1) AND ($2::text IS NULL OR r.type = $2) AND ($3::uuid IS NULL OR r.customer_id = $3)
         AND ($4::boolean IS NULL OR ($4 = ((r.status IN ('received', 'verified')) AND r.due_at < now())))
         AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM customers c WHERE c.id = r.customer_id AND c.owner_id = $5))
         AND ($6::uuid IS NULL OR r.id < $6)
       ORDER BY r.id DESC LIMIT $7`,
      [
        query.status ?? null,
        query.type ?? null,
        query.customerId ?? null,
        query.overdue === undefined ? null : query.overdue === 'true',
        scope.ownerId,
        decodeCursor(query.cursor)?.id ?? null,
        limit + 1,
      ],
    );
    return toPage(rows, limit, (r) => ({ sort: r.id, id: r.id }), toRequest);
  }

  async get(principal: AuthenticatedPrincipal, id: string): Promise<PrivacyRequestDto> {
    return toRequest(await this.load(principal, id));
  }

  async verify(
    principal: AuthenticatedPrincipal,
    id: string,
    input: VerifyPrivacyRequestDto,
  ): Promise<PrivacyRequestDto> {
    return this.transition(
      principal,
      id,
      ['received'],
      'privacy_request.verified',
      async (manager) =>
        manager.query(
          `UPDATE privacy_requests SET status = 'verified', verified_at = now(), verification_method = $2, verification_note = $3,
           version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
          [id, input.method.trim(), input.note?.trim() || null],
        ),
    );
  }

  async reject(
    principal: AuthenticatedPrincipal,
    id: string,
    input: RejectPrivacyRequestDto,
  ): Promise<PrivacyRequestDto> {
    return this.transition(
      principal,
      id,
      ['received', 'verified'],
      'privacy_request.rejected',
      async (manager) =>
        manager.query(
          `UPDATE privacy_requests SET status = 'rejected', completed_at = now(), rejection_reason = $2, outcome = $3,
           version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
          [id, input.reason.trim(), JSON.stringify({ ground: input.ground })],
        ),
    );
  }

  /** Does what the request asks, then completes it; everything in one transaction. */
  async fulfil(
    principal: AuthenticatedPrincipal,
    id: string,
    input: FulfilPrivacyRequestDto,
  ): Promise<PrivacyRequestDto> {
    const request = await this.load(principal, id);
    if (request.status !== 'verified') {
      throw new ConflictError(
        request.status === 'received'
          ? 'Verify the subject’s identity first.'
          : `This request is already ${request.status}.`,
      );
    }
    if (request.type === 'correction') {
      if (!input.changes || Object.keys(input.changes).length === 0)
        throw new ValidationFailedError([
          { field: 'changes', message: 'list the fields to correct' },
        ]);
      const current = await this.customers.get(principal, request.customer_id);
      await this.customers.update(principal, request.customer_id, current.version, input.changes);
    }
    if (request.type === 'consent_withdrawal' && (!input.purposes || input.purposes.length === 0)) {
      throw new ValidationFailedError([
        { field: 'purposes', message: 'list the purposes to withdraw' },
      ]);
    }
    return this.transition(
      principal,
      id,
      ['verified'],
      'privacy_request.completed',
      async (manager) => {
        const outcome = await this.apply(manager, request, input);
        return manager.query(
          `UPDATE privacy_requests SET status = 'completed', completed_at = now(), outcome = $2, version = version + 1, updated_at = now()
         WHERE id = $1 RETURNING *`,
          [id, JSON.stringify(outcome)],
        );
      },
    );
  }

  private async apply(
    manager: EntityManager,
    request: RequestRow,
    input: FulfilPrivacyRequestDto,
  ): Promise<Record<string, unknown>> {
    const customerId = request.customer_id;
    const setStatus = async (status: 'blocked' | 'restricted', action: string) => {
      await manager.query(
        `UPDATE customers SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [customerId, status],
      );
      await this.audit.record(manager, {
        action,
        resourceType: 'customer',
        resourceId: customerId,
        subjectId: customerId,
        changedFields: ['status'],
      });
    };
    switch (request.type) {
      case 'access':
        return {
          action: 'export_available',
          export: `/api/v1/privacy-requests/${request.id}/export`,
        };
      case 'correction':
        return { action: 'corrected', fields: Object.keys(input.changes ?? {}).sort() };
      case 'deletion':
      case 'anonymization': {
        const done = await this.erasure.execute(
          manager,
          customerId,
          request.type === 'anonymization' ? 'anonymize' : 'delete',
        );
        return { action: done };
      }
      case 'blocking':
        await setStatus('blocked', 'customer.blocked');
        return { action: 'blocked' };
      case 'restriction':
        await setStatus('restricted', 'customer.restricted');
        return { action: 'restricted' };
      case 'objection':
        await manager.query(
          `UPDATE customers SET marketing_objected_at = coalesce(marketing_objected_at, now()), profiling_objected_at = coalesce(profiling_objected_at, now()),
             version = version + 1, updated_at = now() WHERE id = $1`,
          [customerId],
        );
        await this.audit.record(manager, {
          action: 'customer.objected',
          resourceType: 'customer',
          resourceId: customerId,
          subjectId: customerId,
        });
        return { action: 'objection_recorded', excludedFrom: ['marketing', 'profiling'] };
      case 'consent_withdrawal': {
        const notice = await manager.query(
          `SELECT version FROM privacy_notices WHERE effective_from <= now() ORDER BY effective_from DESC LIMIT 1`,
        );
        for (const purpose of input.purposes ?? []) {
          await this.consent.assertPurpose(purpose);
          await this.consent.append(
            manager,
            customerId,
            purpose,
            false,
            'written',
            notice[0].version,
            `privacy request ${request.id}`,
            currentContext().actor,
          );
        }
        return { action: 'consent_withdrawn', purposes: input.purposes };
      }
    }
  }

  private async transition(
    principal: AuthenticatedPrincipal,
    id: string,
    from: PrivacyRequestDto['status'][],
    action: string,
    change: (manager: EntityManager) => Promise<[RequestRow[], number]>,
  ): Promise<PrivacyRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: RequestRow[] = await manager.query(
        `SELECT * FROM privacy_requests WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw new NotFoundError('Privacy request');
      await this.assertVisible(principal, row);
      if (!from.includes(row.status)) throw new ConflictError(`This request is ${row.status}.`);
      // TypeORM answers an UPDATE … RETURNING with [rows, rowCount].
      const [[updated]] = await change(manager);
      await this.audit.record(manager, {
        action,
        resourceType: 'privacy_request',
        resourceId: id,
        subjectId: row.customer_id,
      });
      return toRequest(updated);
    });
  }

  async load(principal: AuthenticatedPrincipal, id: string): Promise<RequestRow> {
    const [row]: RequestRow[] = await this.dataSource.query(
      `SELECT * FROM privacy_requests WHERE id = $1`,
      [id],
    );
    if (!row) throw new NotFoundError('Privacy request');
    await this.assertVisible(principal, row);
    return row;
  }

  private async assertVisible(principal: AuthenticatedPrincipal, row: RequestRow): Promise<void> {
    const scope = customerScopeOf(principal);
    if (!scope.ownerId) return;
    const owned: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM customers WHERE id = $1 AND owner_id = $2`,
      [row.customer_id, scope.ownerId],
    );
    if (owned.length === 0) throw new NotFoundError('Privacy request');
  }
}
