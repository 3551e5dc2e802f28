import type { MigrationInterface, QueryRunner } from 'typeorm';

const PURPOSES: [string, string, string, string, string][] = [
  ['marketing_email', 'email', 'consent', 'Promosi lewat e-mail', 'Marketing by e-mail'],
  ['marketing_sms', 'sms', 'consent', 'Promosi lewat SMS', 'Marketing by SMS'],
  ['marketing_whatsapp', 'whatsapp', 'consent', 'Promosi lewat WhatsApp', 'Marketing by WhatsApp'],
  ['marketing_phone', 'phone', 'consent', 'Promosi lewat telepon', 'Marketing by phone'],
  ['push_notifications', 'push', 'consent', 'Notifikasi push', 'Push notifications'],
  ['precise_location', 'location', 'consent', 'Lokasi akurat', 'Precise location'],
  ['profiling', 'none', 'consent', 'Profiling untuk penawaran', 'Profiling for offers'],
  ['third_party_marketing', 'none', 'consent', 'Pemasaran oleh mitra', 'Marketing by partners'],
  ['analytics', 'none', 'consent', 'Analitik penggunaan', 'Usage analytics'],
];

/** Consent purposes, immutable privacy notices, append-only consent events and suppression lists. */
export class Consent1764331200000 implements MigrationInterface {
  name = 'Consent1764331200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customers ADD COLUMN marketing_objected_at timestamptz`);
    await q.query(`
      CREATE TABLE consent_purposes (
        code text NOT NULL,
        channel text NOT NULL,
        legal_basis text NOT NULL,
        label_id text NOT NULL,
        label_en text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_consent_purposes PRIMARY KEY (code),
        CONSTRAINT ck_consent_purposes_channel CHECK (channel IN ('email','sms','whatsapp','phone','push','location','mail','none'))
      )`);
    for (const [code, channel, basis, labelId, labelEn] of PURPOSES) {
      await q.query(
        `INSERT INTO consent_purposes (code, channel, legal_basis, label_id, label_en) VALUES ($1, $2, $3, $4, $5)`,
        [code, channel, basis, labelId, labelEn],
      );
    }

    await q.query(`
      CREATE TABLE privacy_notices (
        id uuid NOT NULL,
        version text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        title_en text,
        body_en text,
        effective_from timestamptz NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_privacy_notices PRIMARY KEY (id),
        CONSTRAINT uq_privacy_notices_version UNIQUE (version)
      )`);

    // The notice in force since UU PDP took effect; later versions are added through the API.
    await q.query(
      `INSERT INTO privacy_notices (id, version, title, body, title_en, body_en, effective_from) VALUES (uuid_v7(), $1, $2, $3, $4, $5, $6)`,
      [
        '2024-10',
        'Kebijakan Privasi PT Bina Estetika Indonesia',
        'PT Bina Estetika Indonesia memproses data pribadi dokter dan klinik untuk layanan, administrasi dan, dengan persetujuan Anda, pemasaran. Anda dapat menarik persetujuan kapan saja dan menggunakan hak Anda berdasarkan UU No. 27 Tahun 2022.',
        'Privacy Policy of PT Bina Estetika Indonesia',
        'PT Bina Estetika Indonesia processes personal data of doctors and clinics for services, administration and, with your consent, marketing. You may withdraw consent at any time and exercise your rights under Law No. 27 of 2022.',
        '2024-10-17T00:00:00+07:00',
      ],
    );

    await q.query(`
      CREATE TABLE consent_events (
        id uuid NOT NULL,
        customer_id uuid NOT NULL,
        purpose text NOT NULL,
        granted boolean NOT NULL,
        method text NOT NULL,
        notice_version text NOT NULL,
        evidence text,
        actor_type text NOT NULL,
        actor_id text,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT pk_consent_events PRIMARY KEY (id),
        CONSTRAINT fk_consent_events_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,
        CONSTRAINT fk_consent_events_purpose FOREIGN KEY (purpose) REFERENCES consent_purposes (code),
        CONSTRAINT fk_consent_events_notice FOREIGN KEY (notice_version) REFERENCES privacy_notices (version),
        CONSTRAINT ck_consent_events_method CHECK (method IN ('verbal','written','electronic','unsubscribe_link'))
      )`);
    await q.query(
      `CREATE INDEX ix_consent_events_customer ON consent_events (customer_id, purpose, occurred_at, id)`,
    );
    await q.query(
      `CREATE INDEX ix_consent_events_purpose ON consent_events (purpose, customer_id, occurred_at)`,
    );

    // Notices and consent events are records of what happened: the database refuses edits and
    // deletes (a customer's hard deletion cascades, which is the one sanctioned removal).
    await q.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN RETURN OLD; END IF;
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['privacy_notices', 'consent_events']) {
      await q.query(
        `CREATE TRIGGER tr_${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
      );
    }

    await q.query(`
      CREATE TABLE suppressions (
        id uuid NOT NULL,
        channel text NOT NULL,
        customer_id uuid,
        value text,
        reason text NOT NULL,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        lifted_at timestamptz,
        lifted_by text,
        lift_reason text,
        CONSTRAINT pk_suppressions PRIMARY KEY (id),
        CONSTRAINT fk_suppressions_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,
        CONSTRAINT ck_suppressions_channel CHECK (channel IN ('email','sms','whatsapp','phone','mail','all')),
        CONSTRAINT ck_suppressions_target CHECK ((customer_id IS NULL) <> (value IS NULL))
      )`);
    await q.query(
      `CREATE INDEX ix_suppressions_customer ON suppressions (customer_id) WHERE lifted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_suppressions_value ON suppressions (lower(value)) WHERE lifted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE suppressions`);
    await q.query(`DROP TABLE consent_events`);
    await q.query(`DROP TABLE privacy_notices`);
    await q.query(`DROP FUNCTION refuse_change()`);
    await q.query(`DROP TABLE consent_purposes`);
    await q.query(`ALTER TABLE customers DROP COLUMN marketing_objected_at`);
  }
}
