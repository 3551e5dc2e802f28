import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Ed25519-signed checkpoints over the audit chain heads, append-only like the log itself. */
export class AuditCheckpoints1764417600000 implements MigrationInterface {
  name = 'AuditCheckpoints1764417600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_checkpoints (
        id uuid NOT NULL,
        heads jsonb NOT NULL,
        root text NOT NULL,
        signed_at timestamptz NOT NULL,
        signature text NOT NULL,
        key_id text NOT NULL,
        CONSTRAINT pk_audit_checkpoints PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX ix_audit_checkpoints_signed ON audit_checkpoints (signed_at DESC)`);
    await q.query(`
      CREATE TRIGGER tr_audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`CREATE INDEX ix_audit_events_action ON audit_events (action, occurred_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_audit_events_action`);
    await q.query(`DROP TABLE audit_checkpoints`);
  }
}
