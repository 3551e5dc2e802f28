import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Data-subject requests with their 72-hour clocks, legal holds and the disclosure ledger. */
export class PrivacyRequests1764504000000 implements MigrationInterface {
  name = 'PrivacyRequests1764504000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE privacy_requests (
        id uuid NOT NULL,
        -- No foreign key: the request is the record of a deletion and outlives the customer.
        customer_id uuid NOT NULL,
        type text NOT NULL,
        status text NOT NULL DEFAULT 'received',
        received_via text NOT NULL,
        details text,
        received_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        verified_at timestamptz,
        verification_method text,
        verification_note text,
        completed_at timestamptz,
        rejection_reason text,
        outcome jsonb,
        created_by text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_privacy_requests PRIMARY KEY (id),
        CONSTRAINT ck_privacy_requests_type CHECK (type IN ('access','correction','deletion','anonymization','blocking','restriction','objection','consent_withdrawal')),
        CONSTRAINT ck_privacy_requests_status CHECK (status IN ('received','verified','completed','rejected'))
      )`);
    await q.query(
      `CREATE INDEX ix_privacy_requests_due ON privacy_requests (due_at) WHERE status IN ('received', 'verified')`,
    );
    await q.query(`CREATE INDEX ix_privacy_requests_customer ON privacy_requests (customer_id)`);

    await q.query(`
      CREATE TABLE legal_holds (
        id uuid NOT NULL,
        customer_id uuid NOT NULL,
        reference text NOT NULL,
        reason text NOT NULL,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        released_at timestamptz,
        release_note text,
        CONSTRAINT pk_legal_holds PRIMARY KEY (id),
        CONSTRAINT fk_legal_holds_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
      )`);
    await q.query(
      `CREATE INDEX ix_legal_holds_active ON legal_holds (customer_id) WHERE released_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE disclosures (
        id uuid NOT NULL,
        recipient_name text NOT NULL,
        recipient_category text NOT NULL,
        purpose text NOT NULL,
        legal_basis text NOT NULL,
        data_categories text[] NOT NULL,
        reference text,
        disclosed_at timestamptz NOT NULL,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_disclosures PRIMARY KEY (id),
        CONSTRAINT ck_disclosures_category CHECK (recipient_category IN ('service_provider','business_partner','affiliate','advertising_partner','authority','acquirer'))
      )`);
    await q.query(`
      CREATE TABLE disclosure_subjects (
        disclosure_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        CONSTRAINT pk_disclosure_subjects PRIMARY KEY (disclosure_id, customer_id),
        CONSTRAINT fk_disclosure_subjects_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosures (id),
        CONSTRAINT fk_disclosure_subjects_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX ix_disclosure_subjects_customer ON disclosure_subjects (customer_id)`,
    );

    // Erasure may blank consent evidence text — and nothing else — inside a transaction that says so.
    await q.query(`
      CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN RETURN OLD; END IF;
        IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'consent_events' AND current_setting('bei.erasure', true) = 'on'
           AND to_jsonb(NEW) ->> 'evidence' IS NULL AND (to_jsonb(NEW) - 'evidence') = (to_jsonb(OLD) - 'evidence') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE disclosure_subjects`);
    await q.query(`DROP TABLE disclosures`);
    await q.query(`DROP TABLE legal_holds`);
    await q.query(`DROP TABLE privacy_requests`);
  }
}
