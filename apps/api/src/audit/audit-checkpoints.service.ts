import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { runAsSystem } from '../common/context/request-context';
import { uuidv7 } from '../common/uuid';
import { JobQueue } from '../jobs/job-queue.service';
import { canonicalJson } from './audit-hash';
import { AuditService } from './audit.service';
import type { CheckpointDto, PublicKeyDto } from './dto/audit-event.dto';
import { merkleRoot } from './merkle';

const QUEUE = 'audit.checkpoint';
const IDLE_MAX_MS = 3_600_000;
/** Only one process signs at a time. */
const SIGNER_LOCK = 7_420_002;

type Head = { chain: number; seq: number; hash: string };
type CheckpointRow = {
  id: string;
  heads: Head[];
  root: string;
  signed_at: Date;
  signature: string;
  key_id: string;
};

const toDto = (r: CheckpointRow): CheckpointDto => ({
  id: r.id,
  heads: r.heads,
  root: r.root,
  signedAt: r.signed_at.toISOString(),
  signature: r.signature,
  keyId: r.key_id,
});

/** The Merkle leaf for one head: canonical JSON of {chain, seq, hash}, UTF-8. */
export function headLeaf(head: Head): Buffer {
  return Buffer.from(canonicalJson({ chain: head.chain, hash: head.hash, seq: head.seq }), 'utf8');
}

/** What is signed: canonical JSON of {heads, root, signedAt}, UTF-8. */
export function checkpointMessage(heads: Head[], root: string, signedAt: string): Buffer {
  return Buffer.from(
    canonicalJson({
      heads: heads.map((h) => ({ chain: h.chain, hash: h.hash, seq: h.seq })),
      root,
      signedAt,
    }),
    'utf8',
  );
}

/**
 * Signed checkpoints over all chain heads (Ed25519, Merkle root per RFC 6962): on demand, and on the
 * job queue every few seconds while events arrive and at least hourly when idle. An auditor keeps a
 * checkpoint and later checks that the log still extends it.
 */
@Injectable()
export class AuditCheckpointsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuditCheckpointsService.name);
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  private readonly keyId: string;
  private readonly everySeconds: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.everySeconds = config.auditCheckpointSeconds;
    this.privateKey = createPrivateKey(config.auditSigningKeyPem);
    this.publicKey = createPublicKey(this.privateKey);
    this.keyId = createHash('sha256')
      .update(this.publicKey.export({ type: 'spki', format: 'der' }))
      .digest('hex')
      .slice(0, 16);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.everySeconds === 0) return;
    await this.jobs.work(QUEUE, () => runAsSystem(() => this.periodic()), { retryLimit: 0 });
    await this.jobs.send(QUEUE, {}, { singletonKey: QUEUE });
  }

  publicKeyInfo(): PublicKeyDto {
    return {
      algorithm: 'Ed25519',
      keyId: this.keyId,
      publicKeyPem: this.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
  }

  async list(limit = 50): Promise<CheckpointDto[]> {
    const rows: CheckpointRow[] = await this.dataSource.query(
      `SELECT * FROM audit_checkpoints ORDER BY signed_at DESC LIMIT $1`,
      [limit],
    );
    return rows.map(toDto);
  }

  /** Signs the current heads now. */
  async create(): Promise<CheckpointDto> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [SIGNER_LOCK]);
      const heads: { chain: number; seq: string; hash: string }[] = await manager.query(
        `SELECT chain, seq, hash FROM audit_chain_heads ORDER BY chain`,
      );
      const normalized = heads.map((h) => ({ chain: h.chain, seq: Number(h.seq), hash: h.hash }));
      const root = merkleRoot(normalized.map(headLeaf)).toString('hex');
      const signedAt = new Date().toISOString();
      const signature = sign(
        null,
        checkpointMessage(normalized, root, signedAt),
        this.privateKey,
      ).toString('base64');
      const id = uuidv7();
      const [row]: CheckpointRow[] = await manager.query(
        `INSERT INTO audit_checkpoints (id, heads, root, signed_at, signature, key_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [id, JSON.stringify(normalized), root, signedAt, signature, this.keyId],
      );
      await this.audit.record(manager, {
        action: 'audit.checkpoint_signed',
        resourceType: 'audit_checkpoint',
        resourceId: id,
      });
      return toDto(row);
    });
  }

  /** The job: sign when heads moved (or an hour passed), then schedule the next run. */
  private async periodic(): Promise<void> {
    try {
      const [latest]: CheckpointRow[] = await this.dataSource.query(
        `SELECT * FROM audit_checkpoints ORDER BY signed_at DESC LIMIT 1`,
      );
      const [{ total }] = await this.dataSource.query(
        `SELECT coalesce(sum(seq), 0)::bigint AS total FROM audit_chain_heads`,
      );
      // The checkpoint itself is an event, so "moved" means beyond the one event it added.
      const signedTotal = latest ? latest.heads.reduce((sum, h) => sum + h.seq, 0) + 1 : -1;
      const stale = !latest || Date.now() - latest.signed_at.getTime() > IDLE_MAX_MS;
      if (stale || Number(total) > signedTotal) await this.create();
    } catch (error) {
      this.logger.warn(`checkpoint failed: ${(error as Error).message}`);
    } finally {
      await this.jobs
        .sendAfter(QUEUE, {}, { singletonKey: QUEUE }, this.everySeconds)
        .catch(() => undefined);
    }
  }
}
