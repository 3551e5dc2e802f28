import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FieldCipher } from '../common/crypto/field-cipher';
import { NotFoundError } from '../common/problem/domain-errors';

type Section = Record<string, unknown>[];

export type AccessExport = {
  generatedAt: string;
  customerId: string;
  profile: Record<string, unknown>;
  licenses: Section;
  affiliations: Section;
  orders: Section;
  consentHistory: Section;
  suppressions: Section;
  disclosures: Section;
  automatedDecisions: Section;
  privacyRequests: Section;
  processingHistory: Section;
};

/**
 * Everything held about one customer (UU PDP Art 32 access, with the history of processing).
 * Identifiers are decrypted: the subject gets their own data in full.
 */
@Injectable()
export class AccessExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async build(customerId: string): Promise<AccessExport> {
    const q = (sql: string) => this.dataSource.query(sql, [customerId]);
    const [customer] = await q(`SELECT * FROM customers WHERE id = $1`);
    if (!customer) throw new NotFoundError('Customer');
    const decrypt = (value: string | null) => (value ? this.cipher.decrypt(value) : null);
    const orders: Record<string, unknown>[] = await q(
      `SELECT o.number, o.kind, o.status, o.created_at AS "createdAt", o.subtotal::text, o.discount_total::text AS "discountTotal",
              o.tax_base::text AS "taxBase", o.ppn::text, o.total::text, o.currency, o.risk, o.review_note AS "reviewNote",
              (SELECT json_agg(json_build_object('sku', l.sku, 'name', l.name, 'quantity', l.quantity, 'unitPrice', l.unit_price::text,
                       'discountPercent', l.discount_basis_points / 100.0, 'lineTotal', l.line_total::text) ORDER BY l.line_index)
               FROM order_lines l WHERE l.order_id = o.id) AS lines
       FROM orders o WHERE o.customer_id = $1 ORDER BY o.created_at`,
    );
    return {
      generatedAt: new Date().toISOString(),
      customerId,
      profile: {
        type: customer.type,
        name: customer.name,
        email: customer.email,
        phone: customer.phone,
        whatsapp: customer.whatsapp,
        nik: decrypt(customer.nik_ciphertext),
        npwp: decrypt(customer.npwp_ciphertext),
        specialty: customer.specialty,
        address: customer.address_line1
          ? {
              line1: customer.address_line1,
              district: customer.address_district,
              city: customer.address_city,
              province: customer.address_province,
              postalCode: customer.address_postal_code,
            }
          : null,
        creditLimit: customer.credit_limit,
        notes: customer.notes,
        status: customer.status,
        source: customer.source,
        createdAt: customer.created_at,
        updatedAt: customer.updated_at,
      },
      licenses: await q(
        `SELECT kind, number, to_char(valid_until, 'YYYY-MM-DD') AS "validUntil", status FROM customer_licenses WHERE customer_id = $1 ORDER BY position`,
      ),
      affiliations: await q(
        `SELECT a.role, d.name AS doctor, k.name AS clinic, a.created_at AS "since" FROM customer_affiliations a
         JOIN customers d ON d.id = a.doctor_id JOIN customers k ON k.id = a.clinic_id WHERE a.doctor_id = $1 OR a.clinic_id = $1`,
      ),
      orders,
      consentHistory: await q(
        `SELECT purpose, granted, method, notice_version AS "noticeVersion", evidence, actor_type AS "capturedBy", occurred_at AS "occurredAt"
         FROM consent_events WHERE customer_id = $1 ORDER BY occurred_at, id`,
      ),
      suppressions: await q(
        `SELECT channel, reason, created_at AS "createdAt", lifted_at AS "liftedAt" FROM suppressions WHERE customer_id = $1 ORDER BY created_at`,
      ),
      disclosures: await q(
        `SELECT d.recipient_name AS "recipientName", d.recipient_category AS "recipientCategory", d.purpose, d.legal_basis AS "legalBasis",
                d.data_categories AS "dataCategories", d.disclosed_at AS "disclosedAt"
         FROM disclosures d JOIN disclosure_subjects s ON s.disclosure_id = d.id WHERE s.customer_id = $1 ORDER BY d.disclosed_at`,
      ),
      automatedDecisions: orders
        .filter((o) => o['risk'])
        .map((o) => ({
          order: o['number'],
          assessment: o['risk'],
          humanDecision: o['reviewNote'] ?? null,
        })),
      privacyRequests: await q(
        `SELECT type, status, received_via AS "receivedVia", received_at AS "receivedAt", due_at AS "dueAt", completed_at AS "completedAt",
                rejection_reason AS "rejectionReason" FROM privacy_requests WHERE customer_id = $1 ORDER BY received_at`,
      ),
      processingHistory: await q(
        `SELECT occurred_at AS "occurredAt", action, actor_type AS "actorType", actor_id AS "actorId", outcome, changed_fields AS "changedFields"
         FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at, id`,
      ),
    };
  }
}
