import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chainHash, GENESIS_HASH, type HashedAuditEvent } from './audit-hash';
import type { ChainHead, ChainVerification } from './audit.types';

type EventRow = {
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

const BATCH = 1000;

export function rowToHashedEvent(row: EventRow): HashedAuditEvent {
  return {
    id: row.id,
    chain: row.chain,
    seq: Number(row.seq),
    occurredAt: row.occurred_at.toISOString(),
    actor: { type: row.actor_type, id: row.actor_id, roles: row.actor_roles },
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    subjectId: row.subject_id,
    requestId: row.request_id,
    ip: row.ip,
    outcome: row.outcome,
    changedFields: row.changed_fields,
  };
}

/**
 * Walks each chain in seq order in batches (bounded memory) and recomputes every hash. The first
 * gap, reordering, broken link or altered field is reported as `{chain, seq}`.
 */
@Injectable()
export class AuditChainVerifier {
  constructor(private readonly dataSource: DataSource) {}

  /** All chains, or one chain between `fromSeq` and `toSeq` (the head is checked when the range is open-ended). */
  async verify(
    range: { chain?: number; fromSeq?: number; toSeq?: number } = {},
  ): Promise<ChainVerification> {
    const heads: { chain: number; seq: string; hash: string }[] = await this.dataSource.query(
      `SELECT chain, seq, hash FROM audit_chain_heads WHERE ($1::int IS NULL OR chain = $1) ORDER BY chain`,
      [range.chain ?? null],
    );
    let checked = 0;
    const verifiedHeads: ChainHead[] = [];
    for (const head of heads) {
      const result = await this.verifyChain(
        head.chain,
        Number(head.seq),
        head.hash,
        range.fromSeq ?? 1,
        range.toSeq ?? null,
      );
      checked += result.checked;
      if (result.firstInvalidSeq !== null) {
        return {
          valid: false,
          checked,
          heads: verifiedHeads,
          firstInvalid: { chain: head.chain, seq: result.firstInvalidSeq },
        };
      }
      verifiedHeads.push({ chain: head.chain, seq: Number(head.seq), hash: head.hash });
    }
    return { valid: true, checked, heads: verifiedHeads };
  }

  verifyAll(): Promise<ChainVerification> {
    return this.verify();
  }

  private async verifyChain(
    chain: number,
    headSeq: number,
    headHash: string,
    fromSeq: number,
    toSeq: number | null,
  ) {
    let expectedSeq = fromSeq;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    if (fromSeq > 1) {
      const [before]: { hash: string }[] = await this.dataSource.query(
        `SELECT hash FROM audit_events WHERE chain = $1 AND seq = $2`,
        [chain, fromSeq - 1],
      );
      if (!before) return { checked, firstInvalidSeq: fromSeq - 1 };
      prevHash = before.hash;
    }
    const last = toSeq ?? headSeq;
    while (expectedSeq <= last) {
      const rows: EventRow[] = await this.dataSource.query(
        `SELECT * FROM audit_events WHERE chain = $1 AND seq >= $2 AND seq <= $3 ORDER BY seq LIMIT $4`,
        [chain, expectedSeq, last, BATCH],
      );
      for (const row of rows) {
        checked += 1;
        const seq = Number(row.seq);
        if (
          seq !== expectedSeq ||
          row.prev_hash !== prevHash ||
          chainHash(prevHash, rowToHashedEvent(row)) !== row.hash
        ) {
          return { checked, firstInvalidSeq: expectedSeq };
        }
        prevHash = row.hash;
        expectedSeq += 1;
      }
      if (rows.length < BATCH) break;
    }
    if (toSeq !== null)
      return {
        checked,
        firstInvalidSeq: expectedSeq <= Math.min(toSeq, headSeq) ? expectedSeq : null,
      };
    // The head records how far the chain reached: missing tail rows are tampering too.
    const lastSeq = expectedSeq - 1;
    if (lastSeq !== headSeq || (headSeq > 0 && prevHash !== headHash)) {
      return { checked, firstInvalidSeq: Math.min(lastSeq, headSeq) + 1 };
    }
    // Rows beyond the head were inserted behind the log's back.
    const [extra]: { seq: string }[] = await this.dataSource.query(
      `SELECT seq FROM audit_events WHERE chain = $1 AND seq > $2 ORDER BY seq LIMIT 1`,
      [chain, headSeq],
    );
    return { checked, firstInvalidSeq: extra ? Number(extra.seq) : null };
  }
}
