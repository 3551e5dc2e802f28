import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { DEFAULT_PAGE_SIZE } from '../common/http/page-query.dto';
import { decodeCursor, toPage } from '../common/http/pagination';
import { csvLine } from '../customers/csv';
import { AuditService } from './audit.service';
import type {
  AuditEventDto,
  AuditEventPageDto,
  ExportAuditEventsQueryDto,
  ListAuditEventsQueryDto,
} from './dto/audit-event.dto';

type Row = {
  chain: number;
  seq: string;
  id: string;
  occurred_at: Date;
  actor_type: string;
  actor_id: string | null;
  actor_roles: string[];
  action: string;
  resource_type: string;
  resource_id: string | null;
  subject_id: string | null;
  request_id: string | null;
  ip: string | null;
  outcome: string;
  changed_fields: string[] | null;
  prev_hash: string;
  hash: string;
};

export function toAuditEvent(r: Row): AuditEventDto {
  return {
    id: r.id,
    chain: r.chain,
    seq: Number(r.seq),
    occurredAt: r.occurred_at.toISOString(),
    actor: { type: r.actor_type, id: r.actor_id, roles: r.actor_roles },
    action: r.action,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    subjectId: r.subject_id,
    requestId: r.request_id,
    ip: r.ip,
    outcome: r.outcome,
    changedFields: r.changed_fields,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

const CSV_HEADER = [
  'id',
  'chain',
  'seq',
  'occurredAt',
  'actorType',
  'actorId',
  'actorRoles',
  'action',
  'resourceType',
  'resourceId',
  'subjectId',
  'requestId',
  'ip',
  'outcome',
  'changedFields',
  'prevHash',
  'hash',
];
const EXPORT_BATCH = 1000;

/** Reading the log: filtered pages (newest first) and streamed exports in chain order. */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    principal: AuthenticatedPrincipal,
    query: ListAuditEventsQueryDto,
  ): Promise<AuditEventPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor);
    const action = query.action?.endsWith('*')
      ? `${query.action.slice(0, -1)}%`
      : (query.action ?? null);
    // The privacy officer reads the events about data subjects; auditors and admins read all.
    const subjectsOnly = !principal.roles.some((r) => r === 'auditor' || r === 'admin');
    const rows: Row[] = await this.dataSource.query(
      `SELECT * FROM audit_events
       WHERE ($1::text IS NULL OR actor_id = $1) AND ($2::uuid IS NULL OR subject_id = $2) AND ($3::text IS NULL OR action LIKE $3)
         AND ($4::text IS NULL OR resource_type = $4) AND ($5::text IS NULL OR resource_id = $5)
         AND ($6::timestamptz IS NULL OR occurred_at >= $6) AND ($7::timestamptz IS NULL OR occurred_at < $7)
         AND (NOT $8 OR subject_id IS NOT NULL)
         AND ($9::timestamptz IS NULL OR (occurred_at, id) < ($9::timestamptz, $10::uuid))
       ORDER BY occurred_at DESC, id DESC LIMIT $11`,
      [
        query.actorId ?? null,
        query.subjectId ?? null,
        action,
        query.resourceType ?? null,
        query.resourceId ?? null,
        query.from ?? null,
        query.to ?? null,
        subjectsOnly,
        after?.sort ?? null,
        after?.id ?? null,
        limit + 1,
      ],
    );
    return toPage(
      rows,
      limit,
      (r) => ({ sort: r.occurred_at.toISOString(), id: r.id }),
      toAuditEvent,
    );
  }

  /** NDJSON or CSV in (chain, seq) order, read in batches so memory stays flat for millions of events. */
  async export(query: ExportAuditEventsQueryDto): Promise<Readable> {
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { action: 'audit.exported', resourceType: 'audit_log' }),
    );
    const format = query.format ?? 'ndjson';
    const dataSource = this.dataSource;
    async function* lines() {
      if (format === 'csv') yield csvLine(CSV_HEADER);
      let position: [number, string] = [-1, '0'];
      for (;;) {
        const rows: Row[] = await dataSource.query(
          `SELECT * FROM audit_events WHERE (chain, seq) > ($1::int, $2::bigint)
             AND ($3::timestamptz IS NULL OR occurred_at >= $3) AND ($4::timestamptz IS NULL OR occurred_at < $4)
           ORDER BY chain, seq LIMIT $5`,
          [position[0], position[1], query.from ?? null, query.to ?? null, EXPORT_BATCH],
        );
        if (rows.length === 0) return;
        yield rows
          .map((r) =>
            format === 'csv' ? csvRow(toAuditEvent(r)) : `${JSON.stringify(toAuditEvent(r))}\n`,
          )
          .join('');
        const last = rows[rows.length - 1];
        position = [last.chain, last.seq];
      }
    }
    return Readable.from(lines());
  }
}

function csvRow(e: AuditEventDto): string {
  return csvLine([
    e.id,
    e.chain,
    e.seq,
    e.occurredAt,
    e.actor.type,
    e.actor.id,
    e.actor.roles.join('|'),
    e.action,
    e.resourceType,
    e.resourceId,
    e.subjectId,
    e.requestId,
    e.ip,
    e.outcome,
    e.changedFields?.join('|') ?? null,
    e.prevHash,
    e.hash,
  ]);
}
