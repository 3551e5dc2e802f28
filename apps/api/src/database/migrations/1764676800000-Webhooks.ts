import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhook endpoints, the outbox written with each change, and the delivery log. */
export class Webhooks1764676800000 implements MigrationInterface {
  name = 'Webhooks1764676800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid NOT NULL,
        url text NOT NULL,
        events text[] NOT NULL,
        secret_ciphertext text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        disabled_reason text,
        consecutive_failures integer NOT NULL DEFAULT 0,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CONSTRAINT pk_webhook_endpoints PRIMARY KEY (id)
      )`);
    await q.query(`
      CREATE TABLE webhook_outbox (
        id uuid NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        CONSTRAINT pk_webhook_outbox PRIMARY KEY (id)
      )`);
    await q.query(
      `CREATE INDEX ix_webhook_outbox_pending ON webhook_outbox (created_at) WHERE dispatched_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid NOT NULL,
        endpoint_id uuid NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        last_status_code integer,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz,
        delivered_at timestamptz,
        CONSTRAINT pk_webhook_deliveries PRIMARY KEY (id),
        CONSTRAINT fk_webhook_deliveries_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id),
        CONSTRAINT fk_webhook_deliveries_event FOREIGN KEY (event_id) REFERENCES webhook_outbox (id),
        CONSTRAINT uq_webhook_deliveries UNIQUE (endpoint_id, event_id),
        CONSTRAINT ck_webhook_deliveries_status CHECK (status IN ('pending', 'succeeded', 'failed'))
      )`);
    await q.query(
      `CREATE INDEX ix_webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_outbox`);
    await q.query(`DROP TABLE webhook_endpoints`);
  }
}
