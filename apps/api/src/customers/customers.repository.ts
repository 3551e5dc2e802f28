import { escapeLike } from '../common/text/escape';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { uuidv7 } from '../common/uuid';
import type { CustomerScope } from './customer-scope';
import type { CustomerColumns, CustomerRow, LicenseInput, LicenseRow } from './customer.types';
import type { ListCustomersQueryDto } from './dto/list-customers-query.dto';

const SELECT_CUSTOMER = `SELECT c.*, customer_license_status(c.id, $1::date) AS license_status,
  (SELECT u.name FROM users u WHERE u.id = c.owner_id) AS owner_name FROM customers c`;

export type CustomerFilters = Omit<ListCustomersQueryDto, 'limit' | 'cursor'>;

export type DuplicateCriteria = {
  excludeId: string | null;
  name: string | null;
  email: string | null;
  phones: string[];
  nikBlindIndex: string | null;
  npwpBlindIndex: string | null;
  licenseNumbers: string[];
};

export type DuplicateRow = CustomerRow & {
  name_similarity: number;
  same_nik: boolean;
  same_npwp: boolean;
  same_email: boolean;
  same_phone: boolean;
  same_license: boolean;
};

/** SQL over customers and licences. Every read takes a scope: sales reps see only their own rows. */
@Injectable()
export class CustomersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    row: { id: string; type: string; source: string } & CustomerColumns,
  ): Promise<void> {
    const entries = Object.entries(row);
    await manager.query(
      `INSERT INTO customers (${entries.map(([k]) => k).join(', ')}) VALUES (${entries.map((_, i) => `$${i + 1}`).join(', ')})`,
      entries.map(([, v]) => v),
    );
  }

  async replaceLicenses(
    manager: EntityManager,
    customerId: string,
    licenses: LicenseInput[],
  ): Promise<void> {
    await manager.query(`DELETE FROM customer_licenses WHERE customer_id = $1`, [customerId]);
    for (const [position, l] of licenses.entries()) {
      await manager.query(
        `INSERT INTO customer_licenses (id, customer_id, position, kind, number, valid_until, practice_clinic_id, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          uuidv7(),
          customerId,
          position,
          l.kind,
          l.number,
          l.validUntil,
          l.practiceClinicId,
          l.status,
        ],
      );
    }
  }

  /** Applies changes only if `version` still matches; false when it does not. */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: CustomerColumns,
  ): Promise<boolean> {
    const entries = Object.entries(changes);
    const sets = entries.map(([column], i) => `${column} = $${i + 3}`);
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE customers SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
       WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, ...entries.map(([, v]) => v)],
    );
    return rows.length > 0;
  }

  async findById(
    id: string,
    scope: CustomerScope,
    today: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CustomerRow | null> {
    const rows: CustomerRow[] = await manager.query(
      `${SELECT_CUSTOMER} WHERE c.id = $2 AND ($3::uuid IS NULL OR c.owner_id = $3)`,
      [today, id, scope.ownerId],
    );
    return rows[0] ?? null;
  }

  licensesOf(
    customerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LicenseRow[]> {
    return manager.query(
      `SELECT l.kind, l.number, to_char(l.valid_until, 'YYYY-MM-DD') AS valid_until, l.practice_clinic_id, l.status,
              k.name AS practice_clinic_name
       FROM customer_licenses l LEFT JOIN customers k ON k.id = l.practice_clinic_id WHERE l.customer_id = $1 ORDER BY l.position`,
      [customerId],
    );
  }

  /** Visible customers of a type among `ids`, for references such as a SIP's practice clinic. */
  async visibleIdsOfType(
    ids: string[],
    type: 'doctor' | 'clinic',
    scope: CustomerScope,
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM customers WHERE id = ANY($1::uuid[]) AND type = $2 AND ($3::uuid IS NULL OR owner_id = $3)`,
      [ids, type, scope.ownerId],
    );
    return new Set(rows.map((r) => r.id));
  }

  async nikBelongsToAnother(blindIndex: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM customers WHERE nik_blind_index = $1 AND ($2::uuid IS NULL OR id <> $2) LIMIT 1`,
      [blindIndex, exceptId],
    );
    return rows.length > 0;
  }

  /** Newest first (UUIDv7 ids), keyset on id. */
  async list(
    filters: CustomerFilters,
    scope: CustomerScope,
    today: string,
    limit: number,
    afterId: string | null,
  ): Promise<CustomerRow[]> {
    const params: unknown[] = [today];
    const where: string[] = [];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (scope.ownerId) add((p) => `c.owner_id = ${p}`, scope.ownerId);
    if (filters.ownerId) add((p) => `c.owner_id = ${p}`, filters.ownerId);
    if (filters.type) add((p) => `c.type = ${p}`, filters.type);
    if (filters.status) add((p) => `c.status = ${p}`, filters.status);
    if (filters.province)
      add((p) => `lower(c.address_province) = lower(${p})`, filters.province.trim());
    if (filters.city)
      add(
        (p) =>
          `(lower(c.address_city) = lower(${p}) OR lower(c.address_city) IN (lower('Kota ' || ${p}), lower('Kabupaten ' || ${p})))`,
        filters.city.trim(),
      );
    if (filters.licenseStatus)
      add((p) => `customer_license_status(c.id, $1::date) = ${p}`, filters.licenseStatus);
    const q = filters.q?.trim();
    if (q) {
      // Phones are stored as +62…: a national 0812… query matches without its trunk 0.
      const digits = q.replace(/\D/g, '').replace(/^0/, '');
      params.push(
        q.toLowerCase(),
        `%${escapeLike(q.toLowerCase())}%`,
        digits.length >= 4 ? `%${digits}%` : null,
        q.toUpperCase(),
      );
      const [text, like, phone, license] = [
        params.length - 3,
        params.length - 2,
        params.length - 1,
        params.length,
      ].map((n) => `$${n}`);
      where.push(`(lower(c.name) LIKE ${like} OR ${text} <% lower(c.name) OR lower(c.email) LIKE ${like}
        OR (${phone}::text IS NOT NULL AND (c.phone LIKE ${phone} OR c.whatsapp LIKE ${phone}))
        OR EXISTS (SELECT 1 FROM customer_licenses l WHERE l.customer_id = c.id AND upper(l.number) = ${license}))`);
    }
    if (afterId) add((p) => `c.id < ${p}`, afterId);
    params.push(limit + 1);
    return this.dataSource.query(
      `${SELECT_CUSTOMER} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /** Visible customers sharing an identifier, a contact or a licence number, or with a similar name. */
  findDuplicates(
    criteria: DuplicateCriteria,
    scope: CustomerScope,
    today: string,
  ): Promise<DuplicateRow[]> {
    return this.dataSource.query(
      `WITH candidates AS (
         SELECT c.*, similarity(lower(c.name), lower($3)) AS name_similarity,
           coalesce(c.nik_blind_index = $6, false) AS same_nik,
           coalesce(c.npwp_blind_index = $7, false) AS same_npwp,
           coalesce(lower(c.email) = lower($4), false) AS same_email,
           coalesce(c.phone = ANY($5::text[]) OR c.whatsapp = ANY($5::text[]), false) AS same_phone,
           EXISTS (SELECT 1 FROM customer_licenses l WHERE l.customer_id = c.id AND upper(l.number) = ANY($8::text[])) AS same_license
         FROM customers c
         WHERE ($2::uuid IS NULL OR c.id <> $2) AND ($9::uuid IS NULL OR c.owner_id = $9) AND c.status <> 'anonymized'
           AND (lower(c.name) % lower($3) OR c.nik_blind_index = $6 OR c.npwp_blind_index = $7 OR lower(c.email) = lower($4)
             OR c.phone = ANY($5::text[]) OR c.whatsapp = ANY($5::text[])
             OR EXISTS (SELECT 1 FROM customer_licenses l WHERE l.customer_id = c.id AND upper(l.number) = ANY($8::text[])))
       )
       SELECT candidates.*, customer_license_status(candidates.id, $1::date) AS license_status FROM candidates LIMIT 50`,
      [
        today,
        criteria.excludeId,
        criteria.name,
        criteria.email,
        criteria.phones,
        criteria.nikBlindIndex,
        criteria.npwpBlindIndex,
        criteria.licenseNumbers.map((n) => n.toUpperCase()),
        scope.ownerId,
      ],
    );
  }

  /** All visible customers in id order, `batchSize` rows at a time (constant memory). */
  async *streamAll(
    scope: CustomerScope,
    today: string,
    batchSize = 500,
  ): AsyncGenerator<CustomerRow[]> {
    let afterId: string | null = null;
    for (;;) {
      const rows: CustomerRow[] = await this.dataSource.query(
        `${SELECT_CUSTOMER} WHERE ($2::uuid IS NULL OR c.owner_id = $2) AND ($3::uuid IS NULL OR c.id > $3) ORDER BY c.id LIMIT $4`,
        [today, scope.ownerId, afterId, batchSize],
      );
      if (rows.length === 0) return;
      yield rows;
      afterId = rows[rows.length - 1].id;
    }
  }
}
