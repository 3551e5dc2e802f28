import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, sessions, login throttling, rate limits, idempotency records and the audit hash chains. */
export class Foundation1764072000000 implements MigrationInterface {
  name = 'Foundation1764072000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // UUIDv7 (time-ordered) for ids created by SQL; the app generates the same kind in code.
    await q.query(`
      CREATE FUNCTION uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
        SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING
          substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
          FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
      $$`);

    await q.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT uuid_v7(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_users PRIMARY KEY (id),
        CONSTRAINT ck_users_roles CHECK (roles <@ ARRAY['admin','manager','sales','privacy_officer','auditor']::text[])
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_users_email ON users (lower(email))`);
    await q.query(`CREATE INDEX ix_users_created ON users (created_at, id)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid NOT NULL DEFAULT uuid_v7(),
        user_id uuid NOT NULL,
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        rotated_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT pk_refresh_tokens PRIMARY KEY (id),
        CONSTRAINT fk_refresh_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT uq_refresh_tokens_hash UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (user_id)`);

    await q.query(`
      CREATE TABLE login_attempts (
        id bigint GENERATED ALWAYS AS IDENTITY,
        email text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_login_attempts PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX ix_login_attempts_email ON login_attempts (email, attempted_at)`);
    await q.query(`CREATE INDEX ix_login_attempts_ip ON login_attempts (ip, attempted_at)`);

    await q.query(`
      CREATE TABLE rate_limit_counters (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        CONSTRAINT pk_rate_limit_counters PRIMARY KEY (key, window_start)
      )`);

    await q.query(`
      CREATE TABLE idempotency_records (
        principal text NOT NULL,
        key text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        request_hash text NOT NULL,
        state text NOT NULL,
        response_status integer,
        response_headers jsonb,
        response_body text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT pk_idempotency_records PRIMARY KEY (principal, key),
        CONSTRAINT ck_idempotency_records_state CHECK (state IN ('in_flight', 'completed'))
      )`);
    await q.query(
      `CREATE INDEX ix_idempotency_records_expires ON idempotency_records (expires_at)`,
    );

    await q.query(`
      CREATE TABLE audit_chain_heads (
        chain integer NOT NULL,
        seq bigint NOT NULL,
        hash text NOT NULL,
        CONSTRAINT pk_audit_chain_heads PRIMARY KEY (chain)
      )`);
    await q.query(`
      CREATE TABLE audit_events (
        chain integer NOT NULL,
        seq bigint NOT NULL,
        id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_type text NOT NULL,
        actor_id text,
        actor_roles text[] NOT NULL DEFAULT '{}',
        action text NOT NULL,
        resource_type text NOT NULL,
        resource_id text,
        subject_id uuid,
        request_id text,
        ip text,
        outcome text NOT NULL,
        changed_fields text[],
        prev_hash text NOT NULL,
        hash text NOT NULL,
        CONSTRAINT pk_audit_events PRIMARY KEY (chain, seq),
        CONSTRAINT uq_audit_events_id UNIQUE (id),
        CONSTRAINT ck_audit_events_actor_type CHECK (actor_type IN ('user','api_client','system','public')),
        CONSTRAINT ck_audit_events_outcome CHECK (outcome IN ('success','failure','denied'))
      )`);
    await q.query(`CREATE INDEX ix_audit_events_occurred ON audit_events (occurred_at, id)`);
    await q.query(
      `CREATE INDEX ix_audit_events_subject ON audit_events (subject_id, occurred_at) WHERE subject_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_audit_events_actor ON audit_events (actor_id, occurred_at)`);
    await q.query(
      `CREATE INDEX ix_audit_events_resource ON audit_events (resource_type, resource_id, occurred_at)`,
    );
    // The log is append-only: the database itself refuses to change or remove an event.
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`
      CREATE TRIGGER tr_audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
    await q.query(`DROP TABLE audit_chain_heads`);
    await q.query(`DROP TABLE idempotency_records`);
    await q.query(`DROP TABLE rate_limit_counters`);
    await q.query(`DROP TABLE login_attempts`);
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP FUNCTION uuid_v7()`);
  }
}
