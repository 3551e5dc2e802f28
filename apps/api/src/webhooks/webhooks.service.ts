import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { currentContext, runAsSystem } from '../common/context/request-context';
import { FieldCipher } from '../common/crypto/field-cipher';
import { NotFoundError, ValidationFailedError } from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import { JobQueue } from '../jobs/job-queue.service';
import type {
  CreatedWebhookEndpointDto,
  CreateWebhookEndpointDto,
  WebhookDeliveryListDto,
  WebhookEndpointDto,
  WebhookEndpointListDto,
} from './dto/webhook.dto';
import { matchesFilter } from './webhook-events';
import { newWebhookSecret, signWebhook } from './webhook-signature';
import { webhookTargetProblem } from './webhook-target';

const DISPATCH = 'webhooks.dispatch';
const DELIVER = 'webhooks.deliver';
const MAX_ATTEMPTS = 6;
const DISABLE_AFTER_FAILED_DELIVERIES = 5;

type EndpointRow = {
  id: string;
  url: string;
  events: string[];
  secret_ciphertext: string;
  active: boolean;
  disabled_reason: string | null;
  created_at: Date;
};

const toEndpoint = (r: EndpointRow): WebhookEndpointDto => ({
  id: r.id,
  url: r.url,
  events: r.events,
  active: r.active,
  disabledReason: r.disabled_reason,
  createdAt: r.created_at.toISOString(),
});

/**
 * Webhooks: the outbox is written with each change (AuditService); a dispatcher fans new events out
 * to matching endpoints, and each delivery is a queue job that retries with backoff, signed with
 * the Standard Webhooks scheme. Repeated failure disables the endpoint and says why.
 */
@Injectable()
export class WebhooksService implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebhooksService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(DISPATCH, () => runAsSystem(() => this.dispatch()), { retryLimit: 0 });
    await this.jobs.work<{ deliveryId: string }>(
      DELIVER,
      ({ deliveryId }) => runAsSystem(() => this.deliver(deliveryId)),
      { retryLimit: MAX_ATTEMPTS - 1 },
    );
    await this.jobs.send(DISPATCH, {}, { singletonKey: DISPATCH });
  }

  async list(): Promise<WebhookEndpointListDto> {
    const rows: EndpointRow[] = await this.dataSource.query(
      `SELECT * FROM webhook_endpoints WHERE deleted_at IS NULL ORDER BY created_at DESC`,
    );
    return { items: rows.map(toEndpoint) };
  }

  async create(input: CreateWebhookEndpointDto): Promise<CreatedWebhookEndpointDto> {
    const problem = await webhookTargetProblem(input.url, this.config.webhookAllowLoopback);
    if (problem) throw new ValidationFailedError([{ field: 'url', message: problem }]);
    const secret = newWebhookSecret();
    const id = uuidv7();
    const row = await this.dataSource.transaction(async (manager) => {
      const [created]: EndpointRow[] = await manager.query(
        `INSERT INTO webhook_endpoints (id, url, events, secret_ciphertext, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [
          id,
          input.url,
          [...new Set(input.events)],
          this.cipher.encrypt(secret),
          currentContext().actor.id,
        ],
      );
      await this.audit.record(manager, {
        action: 'webhook_endpoint.created',
        resourceType: 'webhook_endpoint',
        resourceId: id,
      });
      return created;
    });
    return { ...toEndpoint(row), secret };
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [rows]: [unknown[], number] = await manager.query(
        `UPDATE webhook_endpoints SET deleted_at = now(), active = false WHERE id = $1 AND deleted_at IS NULL RETURNING id`,
        [id],
      );
      if (rows.length === 0) throw new NotFoundError('Webhook endpoint');
      await this.audit.record(manager, {
        action: 'webhook_endpoint.deleted',
        resourceType: 'webhook_endpoint',
        resourceId: id,
      });
    });
  }

  async deliveries(endpointId: string): Promise<WebhookDeliveryListDto> {
    await this.endpoint(endpointId);
    const rows: {
      id: string;
      event_id: string;
      event_type: string;
      status: string;
      attempts: number;
      last_status_code: number | null;
      last_error: string | null;
      created_at: Date;
      delivered_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT * FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY created_at DESC LIMIT 200`,
      [endpointId],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        eventId: r.event_id,
        eventType: r.event_type,
        status: r.status,
        attempts: r.attempts,
        lastStatusCode: r.last_status_code,
        lastError: r.last_error,
        createdAt: r.created_at.toISOString(),
        deliveredAt: r.delivered_at ? r.delivered_at.toISOString() : null,
      })),
    };
  }

  /** Sends a delivery again now (after fixing the receiver); re-enables a disabled endpoint. */
  async retry(endpointId: string, deliveryId: string): Promise<void> {
    await this.endpoint(endpointId);
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'pending', attempts = 0 WHERE id = $1 AND endpoint_id = $2 RETURNING id`,
      [deliveryId, endpointId],
    );
    if (rows.length === 0) throw new NotFoundError('Delivery');
    await this.dataSource.query(
      `UPDATE webhook_endpoints SET active = true, disabled_reason = NULL, consecutive_failures = 0 WHERE id = $1`,
      [endpointId],
    );
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        action: 'webhook_delivery.retried',
        resourceType: 'webhook_delivery',
        resourceId: deliveryId,
      }),
    );
    await this.jobs.send(DELIVER, { deliveryId });
  }

  private async endpoint(id: string): Promise<EndpointRow> {
    const [row]: EndpointRow[] = await this.dataSource.query(
      `SELECT * FROM webhook_endpoints WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    if (!row) throw new NotFoundError('Webhook endpoint');
    return row;
  }

  /** Fans new outbox events out to the endpoints that subscribe to them. */
  private async dispatch(): Promise<void> {
    try {
      const deliveryIds = await this.dataSource.transaction(async (manager) => {
        const events: { id: string; type: string }[] = await manager.query(
          `SELECT id, type FROM webhook_outbox WHERE dispatched_at IS NULL ORDER BY created_at LIMIT 500 FOR UPDATE SKIP LOCKED`,
        );
        if (events.length === 0) return [];
        const endpoints: EndpointRow[] = await manager.query(
          `SELECT * FROM webhook_endpoints WHERE active AND deleted_at IS NULL`,
        );
        const ids: string[] = [];
        for (const event of events) {
          for (const endpoint of endpoints.filter((e) => matchesFilter(e.events, event.type))) {
            const id = uuidv7();
            await manager.query(
              `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event_type) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
              [id, endpoint.id, event.id, event.type],
            );
            ids.push(id);
          }
        }
        await manager.query(
          `UPDATE webhook_outbox SET dispatched_at = now() WHERE id = ANY($1::uuid[])`,
          [events.map((e) => e.id)],
        );
        return ids;
      });
      for (const deliveryId of deliveryIds) await this.jobs.send(DELIVER, { deliveryId });
    } catch (error) {
      this.logger.warn(`webhook dispatch failed: ${(error as Error).message}`);
    } finally {
      await this.jobs.sendAfter(DISPATCH, {}, { singletonKey: DISPATCH }, 1).catch(() => undefined);
    }
  }

  /** One attempt; throwing hands the retry (with backoff) to the queue. */
  private async deliver(deliveryId: string): Promise<void> {
    const [job]: {
      status: string;
      attempts: number;
      endpoint_id: string;
      event_id: string;
      payload: unknown;
      url: string;
      secret_ciphertext: string;
      active: boolean;
    }[] = await this.dataSource.query(
      `SELECT d.status, d.attempts, d.endpoint_id, d.event_id, o.payload, e.url, e.secret_ciphertext, e.active
         FROM webhook_deliveries d JOIN webhook_outbox o ON o.id = d.event_id JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id = $1`,
      [deliveryId],
    );
    if (!job || job.status !== 'pending') return;
    if (!job.active) {
      await this.dataSource.query(
        `UPDATE webhook_deliveries SET status = 'failed', last_error = 'endpoint disabled' WHERE id = $1`,
        [deliveryId],
      );
      return;
    }
    const body = JSON.stringify(job.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    let statusCode: number | null = null;
    let error: string | null = await webhookTargetProblem(
      job.url,
      this.config.webhookAllowLoopback,
    );
    if (!error) {
      try {
        const response = await fetch(job.url, {
          method: 'POST',
          redirect: 'manual',
          signal: AbortSignal.timeout(10_000),
          headers: {
            'content-type': 'application/json',
            'user-agent': 'BEI-Hub-Webhooks/1',
            'webhook-id': job.event_id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': signWebhook(
              this.cipher.decrypt(job.secret_ciphertext),
              job.event_id,
              timestamp,
              body,
            ),
          },
          body,
        });
        statusCode = response.status;
        if (!response.ok) error = `HTTP ${response.status}`;
      } catch (e) {
        error = (e as Error).message;
      }
    }
    const attempts = job.attempts + 1;
    if (!error) {
      await this.dataSource.query(
        `UPDATE webhook_deliveries SET status = 'succeeded', attempts = $2, last_status_code = $3, last_error = NULL, last_attempt_at = now(), delivered_at = now() WHERE id = $1`,
        [deliveryId, attempts, statusCode],
      );
      await this.dataSource.query(
        `UPDATE webhook_endpoints SET consecutive_failures = 0 WHERE id = $1`,
        [job.endpoint_id],
      );
      return;
    }
    const final = attempts >= MAX_ATTEMPTS;
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = $2, attempts = $3, last_status_code = $4, last_error = $5, last_attempt_at = now() WHERE id = $1`,
      [deliveryId, final ? 'failed' : 'pending', attempts, statusCode, error.slice(0, 500)],
    );
    if (final) {
      await this.dataSource.query(
        `UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1,
           active = consecutive_failures + 1 < $2,
           disabled_reason = CASE WHEN consecutive_failures + 1 >= $2 THEN $3 ELSE disabled_reason END
         WHERE id = $1`,
        [
          job.endpoint_id,
          DISABLE_AFTER_FAILED_DELIVERIES,
          `Disabled after ${DISABLE_AFTER_FAILED_DELIVERIES} deliveries failed; last error: ${error.slice(0, 200)}`,
        ],
      );
      return;
    }
    throw new Error(`webhook delivery ${deliveryId} failed: ${error}`);
  }
}
