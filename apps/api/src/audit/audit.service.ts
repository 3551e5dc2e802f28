import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { currentContext } from '../common/context/request-context';
import { uuidv7 } from '../common/uuid';
import { chainHash, GENESIS_HASH, type HashedAuditEvent } from './audit-hash';
import type { AuditEventInput } from './audit.types';
import { isWebhookEvent, webhookPayload } from '../webhooks/webhook-events';

type HeadRow = { chain: number; seq: string; hash: string };

/**
 * Appends audit events to one of N hash chains inside the caller's transaction, so the change and
 * its event commit together or not at all. A transaction locks exactly one chain head (the first
 * free one from a per-request starting point), so writers on different chains never wait.
 */
@Injectable()
export class AuditService implements OnApplicationBootstrap {
  private readonly chainOfTransaction = new WeakMap<QueryRunner, number>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_chain_heads (chain, seq, hash)
       SELECT c, 0, $2 FROM generate_series(0, $1 - 1) AS c
       ON CONFLICT (chain) DO NOTHING`,
      [this.config.auditChains, GENESIS_HASH],
    );
  }

  /** Records one event with the transaction `manager` belongs to. */
  async record(manager: EntityManager, input: AuditEventInput): Promise<HashedAuditEvent> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      throw new Error(
        'AuditService.record must run inside the transaction of the change it records',
      );
    }
    const head = await this.lockHead(manager, runner);
    const context = currentContext();
    const actor = input.actor ?? context.actor;
    const event: HashedAuditEvent = {
      id: uuidv7(),
      chain: head.chain,
      seq: Number(head.seq) + 1,
      occurredAt: new Date().toISOString(),
      actor: { type: actor.type, id: actor.id, roles: [...actor.roles] },
      action: input.action,
      resourceType: input.resourceType,
      resourceId: input.resourceId ?? null,
      subjectId: input.subjectId ?? null,
      requestId: context.requestId,
      ip: context.ip,
      outcome: input.outcome ?? 'success',
      changedFields: input.changedFields ? [...input.changedFields].sort() : null,
    };
    const hash = chainHash(head.hash, event);
    await manager.query(
      `INSERT INTO audit_events (chain, seq, id, occurred_at, actor_type, actor_id, actor_roles, action,
         resource_type, resource_id, subject_id, request_id, ip, outcome, changed_fields, prev_hash, hash)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)`,
      [
        event.chain,
        event.seq,
        event.id,
        event.occurredAt,
        event.actor.type,
        event.actor.id,
        event.actor.roles,
        event.action,
        event.resourceType,
        event.resourceId,
        event.subjectId,
        event.requestId,
        event.ip,
        event.outcome,
        event.changedFields,
        head.hash,
        hash,
      ],
    );
    if (isWebhookEvent(event.action, event.outcome)) {
      // The outbox row commits with the change; a dispatcher job fans it out to endpoints.
      await manager.query(`INSERT INTO webhook_outbox (id, type, payload) VALUES ($1, $2, $3)`, [
        event.id,
        event.action,
        JSON.stringify(webhookPayload(event)),
      ]);
    }
    await manager.query(`UPDATE audit_chain_heads SET seq = $2, hash = $3 WHERE chain = $1`, [
      event.chain,
      event.seq,
      hash,
    ]);
    return event;
  }

  /** Records an event that has no change of its own (a failed login, a denied request). */
  async recordStandalone(input: AuditEventInput): Promise<void> {
    await this.dataSource.transaction((manager) => this.record(manager, input));
  }

  private async lockHead(manager: EntityManager, runner: QueryRunner): Promise<HeadRow> {
    const held = this.chainOfTransaction.get(runner);
    if (held !== undefined) {
      const [row] = await manager.query(
        `SELECT chain, seq, hash FROM audit_chain_heads WHERE chain = $1 FOR UPDATE`,
        [held],
      );
      return row as HeadRow;
    }
    const chains = this.config.auditChains;
    const start = Math.floor(Math.random() * chains);
    const free: HeadRow[] = await manager.query(
      `SELECT chain, seq, hash FROM audit_chain_heads WHERE chain < $1
       ORDER BY (chain - $2 + $1) % $1 LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [chains, start],
    );
    const head =
      free[0] ??
      ((
        await manager.query(
          `SELECT chain, seq, hash FROM audit_chain_heads WHERE chain = $1 FOR UPDATE`,
          [start],
        )
      )[0] as HeadRow);
    this.chainOfTransaction.set(runner, head.chain);
    return head;
  }
}
