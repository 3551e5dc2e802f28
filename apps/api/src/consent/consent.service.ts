import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { type Actor, currentContext } from '../common/context/request-context';
import {
  BusinessRuleError,
  ConflictError,
  ValidationFailedError,
} from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import { assertCustomerVisible } from './consent-access';
import type {
  ConsentEventDto,
  ConsentHistoryDto,
  ConsentMethod,
  ConsentPurposeDto,
  ConsentPurposeListDto,
  ConsentStateListDto,
  CreateConsentPurposeDto,
  RecordConsentDto,
} from './dto/consent.dto';
import { PrivacyNoticesService } from './privacy-notices.service';

type EventRow = {
  id: string;
  customer_id: string;
  purpose: string;
  granted: boolean;
  method: ConsentMethod;
  notice_version: string;
  evidence: string | null;
  actor_type: string;
  actor_id: string | null;
  occurred_at: Date;
};

type PurposeRow = {
  code: string;
  channel: string;
  legal_basis: string;
  label_id: string;
  label_en: string;
};

const toPurpose = (r: PurposeRow): ConsentPurposeDto => ({
  code: r.code,
  channel: r.channel,
  legalBasis: r.legal_basis,
  labelId: r.label_id,
  labelEn: r.label_en,
});

const toEvent = (r: EventRow): ConsentEventDto => ({
  id: r.id,
  customerId: r.customer_id,
  purpose: r.purpose,
  granted: r.granted,
  method: r.method,
  noticeVersion: r.notice_version,
  evidence: r.evidence,
  capturedByType: r.actor_type,
  capturedBy: r.actor_id,
  occurredAt: r.occurred_at.toISOString(),
});

/**
 * Consent is a log of events per customer and purpose; the current state is the latest event.
 * Nothing edits or deletes an event (the database refuses it too); a withdrawal is a new event.
 */
@Injectable()
export class ConsentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: PrivacyNoticesService,
    private readonly audit: AuditService,
  ) {}

  async purposes(): Promise<ConsentPurposeListDto> {
    const rows: PurposeRow[] = await this.dataSource.query(
      `SELECT * FROM consent_purposes ORDER BY created_at, code`,
    );
    return { items: rows.map(toPurpose) };
  }

  async addPurpose(input: CreateConsentPurposeDto): Promise<ConsentPurposeDto> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [row]: PurposeRow[] = await manager.query(
          `INSERT INTO consent_purposes (code, channel, legal_basis, label_id, label_en) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
          [input.code, input.channel, input.legalBasis, input.labelId.trim(), input.labelEn.trim()],
        );
        await this.audit.record(manager, {
          action: 'consent_purpose.created',
          resourceType: 'consent_purpose',
          resourceId: input.code,
        });
        return toPurpose(row);
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw new ConflictError('This purpose exists already.', [
          { field: 'code', message: 'is already in use' },
        ]);
      }
      throw error;
    }
  }

  async record(
    principal: AuthenticatedPrincipal,
    customerId: string,
    input: RecordConsentDto,
  ): Promise<ConsentEventDto> {
    await assertCustomerVisible(this.dataSource, principal, customerId);
    await this.assertPurpose(input.purpose);
    if (input.method === 'unsubscribe_link') {
      throw new ValidationFailedError([
        {
          field: 'method',
          message: 'unsubscribe_link is recorded by the public unsubscribe page only',
        },
      ]);
    }
    const notice = await this.notices.findVersion(input.noticeVersion);
    if (!notice)
      throw new ValidationFailedError([
        { field: 'noticeVersion', message: 'is not a published privacy notice version' },
      ]);
    const inForce = await this.notices.inForceVersion();
    if (input.granted && notice.version !== inForce) {
      throw new BusinessRuleError(
        'business-rule-violated',
        `A new consent must be tied to the notice in force (${inForce}).`,
        [{ field: 'noticeVersion', message: `must be the version in force, ${inForce}` }],
      );
    }
    return this.dataSource.transaction((manager) =>
      this.append(
        manager,
        customerId,
        input.purpose,
        input.granted,
        input.method,
        input.noticeVersion,
        input.evidence ?? null,
        currentContext().actor,
      ),
    );
  }

  /** Appends one event and its audit record in the caller's transaction. */
  async append(
    manager: EntityManager,
    customerId: string,
    purpose: string,
    granted: boolean,
    method: ConsentMethod,
    noticeVersion: string,
    evidence: string | null,
    actor: Actor,
  ): Promise<ConsentEventDto> {
    const [row]: EventRow[] = await manager.query(
      `INSERT INTO consent_events (id, customer_id, purpose, granted, method, notice_version, evidence, actor_type, actor_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [
        uuidv7(),
        customerId,
        purpose,
        granted,
        method,
        noticeVersion,
        evidence?.trim() || null,
        actor.type,
        actor.id,
      ],
    );
    await this.audit.record(manager, {
      action: granted ? 'consent.granted' : 'consent.withdrawn',
      resourceType: 'consent',
      resourceId: purpose,
      subjectId: customerId,
      actor,
    });
    return toEvent(row);
  }

  async state(principal: AuthenticatedPrincipal, customerId: string): Promise<ConsentStateListDto> {
    await assertCustomerVisible(this.dataSource, principal, customerId);
    const rows: (PurposeRow & {
      granted: boolean | null;
      occurred_at: Date | null;
      notice_version: string | null;
      method: ConsentMethod | null;
    })[] = await this.dataSource.query(
      `SELECT p.*, e.granted, e.occurred_at, e.notice_version, e.method FROM consent_purposes p
         LEFT JOIN LATERAL (SELECT granted, occurred_at, notice_version, method FROM consent_events
                            WHERE customer_id = $1 AND purpose = p.code ORDER BY occurred_at DESC, id DESC LIMIT 1) e ON true
         ORDER BY p.created_at, p.code`,
      [customerId],
    );
    return {
      items: rows.map((r) => ({
        purpose: r.code,
        channel: r.channel,
        granted: r.granted ?? false,
        since: r.occurred_at ? r.occurred_at.toISOString() : null,
        noticeVersion: r.notice_version,
        method: r.method,
      })),
    };
  }

  async history(principal: AuthenticatedPrincipal, customerId: string): Promise<ConsentHistoryDto> {
    await assertCustomerVisible(this.dataSource, principal, customerId);
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT * FROM consent_events WHERE customer_id = $1 ORDER BY occurred_at, id`,
      [customerId],
    );
    return { items: rows.map(toEvent) };
  }

  async assertPurpose(code: string): Promise<PurposeRow> {
    const [row]: PurposeRow[] = await this.dataSource.query(
      `SELECT * FROM consent_purposes WHERE code = $1`,
      [code],
    );
    if (!row)
      throw new ValidationFailedError([{ field: 'purpose', message: 'is not a consent purpose' }]);
    return row;
  }
}
