import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Doctors and clinics, their licences and affiliations, and CSV import jobs. */
export class Customers1764158400000 implements MigrationInterface {
  name = 'Customers1764158400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customers (
        id uuid NOT NULL,
        type text NOT NULL,
        name text NOT NULL,
        email text,
        phone text,
        whatsapp text,
        nik_ciphertext text,
        nik_blind_index text,
        npwp_ciphertext text,
        npwp_blind_index text,
        specialty text,
        address_line1 text,
        address_district text,
        address_city text,
        address_province text,
        address_postal_code text,
        owner_id uuid,
        credit_limit bigint,
        notes text,
        status text NOT NULL DEFAULT 'active',
        source text NOT NULL DEFAULT 'entered',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_customers PRIMARY KEY (id),
        CONSTRAINT fk_customers_owner FOREIGN KEY (owner_id) REFERENCES users (id),
        CONSTRAINT ck_customers_type CHECK (type IN ('doctor', 'clinic')),
        CONSTRAINT ck_customers_status CHECK (status IN ('active', 'restricted', 'blocked', 'anonymized')),
        CONSTRAINT ck_customers_source CHECK (source IN ('entered', 'imported', 'integrator')),
        CONSTRAINT ck_customers_credit_limit CHECK (credit_limit IS NULL OR credit_limit >= 0)
      )`);
    await q.query(`CREATE INDEX ix_customers_owner ON customers (owner_id, id)`);
    await q.query(
      `CREATE INDEX ix_customers_name_trgm ON customers USING gin (lower(name) gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX ix_customers_email ON customers (lower(email))`);
    await q.query(`CREATE INDEX ix_customers_phone ON customers (phone)`);
    await q.query(
      `CREATE INDEX ix_customers_province_city ON customers (address_province, address_city)`,
    );
    // One person, one NIK: found by its blind index, never by decrypting rows.
    await q.query(
      `CREATE UNIQUE INDEX uq_customers_nik_blind ON customers (nik_blind_index) WHERE nik_blind_index IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX ix_customers_npwp_blind ON customers (npwp_blind_index) WHERE npwp_blind_index IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE customer_licenses (
        id uuid NOT NULL,
        customer_id uuid NOT NULL,
        position integer NOT NULL,
        kind text NOT NULL,
        number text NOT NULL,
        valid_until date,
        practice_clinic_id uuid,
        status text NOT NULL DEFAULT 'active',
        CONSTRAINT pk_customer_licenses PRIMARY KEY (id),
        CONSTRAINT fk_customer_licenses_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,
        CONSTRAINT fk_customer_licenses_clinic FOREIGN KEY (practice_clinic_id) REFERENCES customers (id) ON DELETE SET NULL,
        CONSTRAINT ck_customer_licenses_kind CHECK (kind IN ('STR', 'SIP', 'CLINIC_PERMIT')),
        CONSTRAINT ck_customer_licenses_status CHECK (status IN ('active', 'revoked'))
      )`);
    await q.query(
      `CREATE INDEX ix_customer_licenses_customer ON customer_licenses (customer_id, position)`,
    );
    await q.query(`CREATE INDEX ix_customer_licenses_number ON customer_licenses (upper(number))`);

    // The worst state among a customer's active licences on a given (WIB) day; see libs/domain.
    await q.query(`
      CREATE FUNCTION customer_license_status(p_customer uuid, p_today date) RETURNS text
      LANGUAGE sql STABLE AS $$
        SELECT CASE
          WHEN count(*) = 0 THEN 'none'
          WHEN bool_or(valid_until < p_today) THEN 'expired'
          WHEN bool_or(valid_until <= p_today + 30) THEN 'expiring'
          ELSE 'valid' END
        FROM customer_licenses WHERE customer_id = p_customer AND status = 'active'
      $$`);

    await q.query(`
      CREATE TABLE customer_affiliations (
        id uuid NOT NULL,
        doctor_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_customer_affiliations PRIMARY KEY (id),
        CONSTRAINT fk_customer_affiliations_doctor FOREIGN KEY (doctor_id) REFERENCES customers (id) ON DELETE CASCADE,
        CONSTRAINT fk_customer_affiliations_clinic FOREIGN KEY (clinic_id) REFERENCES customers (id) ON DELETE CASCADE,
        CONSTRAINT uq_customer_affiliations UNIQUE (doctor_id, clinic_id)
      )`);
    await q.query(
      `CREATE INDEX ix_customer_affiliations_clinic ON customer_affiliations (clinic_id)`,
    );

    await q.query(`
      CREATE TABLE customer_imports (
        id uuid NOT NULL,
        created_by uuid NOT NULL,
        status text NOT NULL DEFAULT 'queued',
        total integer NOT NULL,
        processed integer NOT NULL DEFAULT 0,
        created integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        -- The uploaded file, encrypted like NIK/NPWP (it may hold them); cleared when the import ends.
        csv_ciphertext text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CONSTRAINT pk_customer_imports PRIMARY KEY (id),
        CONSTRAINT fk_customer_imports_user FOREIGN KEY (created_by) REFERENCES users (id),
        CONSTRAINT ck_customer_imports_status CHECK (status IN ('queued', 'running', 'completed', 'failed'))
      )`);
    await q.query(`
      CREATE TABLE customer_import_errors (
        import_id uuid NOT NULL,
        row_number integer NOT NULL,
        field text NOT NULL,
        message text NOT NULL,
        CONSTRAINT fk_customer_import_errors_import FOREIGN KEY (import_id) REFERENCES customer_imports (id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX ix_customer_import_errors_import ON customer_import_errors (import_id, row_number)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer_import_errors`);
    await q.query(`DROP TABLE customer_imports`);
    await q.query(`DROP TABLE customer_affiliations`);
    await q.query(`DROP FUNCTION customer_license_status(uuid, date)`);
    await q.query(`DROP TABLE customer_licenses`);
    await q.query(`DROP TABLE customers`);
  }
}
