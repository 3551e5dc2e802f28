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

  async verifyAll(): Promise<ChainVerification> {
    const heads: { chain: number; seq: string; hash: string }[] = await this.dataSource.query(
      `SELECT chain, seq, hash FROM audit_chain_heads ORDER BY chain`,
    );
    let checked = 0;
    const verifiedHeads: ChainHead[] = [];
    for (const head of heads) {
      const result = await this.verifyChain(head.chain, Number(head.seq), head.hash);
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

  private async verifyChain(chain: number, headSeq: number, headHash: string) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    for (;;) {
      const rows: EventRow[] = await this.dataSource.query(
        `SELECT * FROM audit_events WHERE chain = $1 AND seq >= $2 ORDER BY seq LIMIT $3`,
        [chain, expectedSeq, BATCH],
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
    // The head records how far the chain reached: missing tail rows are tampering too.
    const lastSeq = expectedSeq - 1;
    if (lastSeq !== headSeq || (headSeq > 0 && prevHash !== headHash)) {
      return { checked, firstInvalidSeq: Math.min(lastSeq, headSeq) + 1 };
    }
    return { checked, firstInvalidSeq: null };
  }
}
