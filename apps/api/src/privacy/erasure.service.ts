import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ConflictError, NotFoundError } from '../common/problem/domain-errors';
import type { ErasureItemDto, ErasurePlanDto } from './dto/privacy-request.dto';
import { LegalHoldsService } from './legal-holds.service';

const TAX_RULE = 'Tax records are kept 10 years (UU KUP); personal fields on them are cleared.';

/**
 * Erasure under UU PDP: a customer with no records that must be kept is deleted outright; otherwise
 * every personal field is cleared everywhere it is stored and the financial records stay without
 * them. An active legal hold stops both.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly holds: LegalHoldsService,
    private readonly audit: AuditService,
  ) {}

  async plan(
    customerId: string,
    manager: EntityManager | DataSource = this.dataSource,
  ): Promise<ErasurePlanDto> {
    const [customer] = await manager.query(`SELECT id FROM customers WHERE id = $1`, [customerId]);
    if (!customer) throw new NotFoundError('Customer');
    const [{ orders }] = await manager.query(
      `SELECT count(*)::int AS orders FROM orders WHERE customer_id = $1`,
      [customerId],
    );
    const [{ deliveries }] = await manager.query(
      `SELECT count(*)::int AS deliveries FROM order_allocations a JOIN orders o ON o.id = a.order_id WHERE o.customer_id = $1`,
      [customerId],
    );
    const [{ holds }] = await manager.query(
      `SELECT count(*)::int AS holds FROM legal_holds WHERE customer_id = $1`,
      [customerId],
    );
    if (await this.holds.hasActive(customerId, manager)) {
      return {
        customerId,
        mode: 'blocked_by_legal_hold',
        items: [
          {
            target: 'customers',
            action: 'keep',
            rule: 'An active legal hold preserves the record until it is released.',
          },
        ],
      };
    }
    if (orders === 0 && holds === 0) {
      return {
        customerId,
        mode: 'hard_delete',
        items: [
          {
            target: 'customers (profile, contact points, NIK, NPWP, address, notes)',
            action: 'delete',
            rule: 'No record must be kept: deleted on request (UU PDP Art 8).',
          },
          {
            target: 'customer_licenses, customer_affiliations',
            action: 'delete',
            rule: 'Belong to the profile.',
          },
          {
            target: 'consent_events, suppressions',
            action: 'delete',
            rule: 'Belong to the profile.',
          },
          {
            target: 'audit_events',
            action: 'keep',
            rule: 'The audit log holds ids only, no personal values; kept as a legal obligation.',
          },
          {
            target: 'privacy_requests',
            action: 'keep',
            rule: 'The request is the record that the deletion was done.',
          },
        ],
      };
    }
    const items: ErasureItemDto[] = [
      ...['name', 'email', 'phone', 'whatsapp', 'nik', 'npwp', 'specialty', 'address', 'notes'].map(
        (field) => ({
          target: `customers.${field}`,
          action: 'anonymize' as const,
          rule:
            field === 'name'
              ? 'Replaced by a neutral placeholder.'
              : 'Cleared; NIK/NPWP blind indexes cleared too.',
        }),
      ),
      {
        target: 'customers.status',
        action: 'anonymize',
        rule: 'Set to anonymized: no orders, audiences or profiling.',
      },
      {
        target: 'customer_licenses',
        action: 'delete',
        rule: 'Licence numbers identify the doctor.',
      },
      { target: 'customer_affiliations', action: 'delete', rule: 'Links identify the doctor.' },
      {
        target: 'consent_events.evidence',
        action: 'anonymize',
        rule: 'Evidence text cleared; the events stay as proof of what was allowed.',
      },
      { target: `orders (${orders}) and their lines`, action: 'keep', rule: TAX_RULE },
      {
        target: 'orders.customer_po_number, orders.notes, orders.review_note',
        action: 'anonymize',
        rule: TAX_RULE,
      },
      {
        target: `order_allocations (${deliveries})`,
        action: 'keep',
        rule: 'CDAKB traceability: a recall must reach every delivery by lot.',
      },
      {
        target: 'audit_events',
        action: 'keep',
        rule: 'The audit log holds ids only, no personal values.',
      },
    ];
    if (holds > 0)
      items.push({
        target: `legal_holds (${holds}, released)`,
        action: 'keep',
        rule: 'Records of past legal holds are kept.',
      });
    return { customerId, mode: 'anonymize', items };
  }

  /**
   * Carries out the plan inside the caller's transaction; returns what was done. An anonymisation
   * request keeps an anonymous shell even when nothing would have to be retained.
   */
  async execute(
    manager: EntityManager,
    customerId: string,
    prefer: 'delete' | 'anonymize' = 'delete',
  ): Promise<'hard_deleted' | 'anonymized'> {
    await manager.query(`SELECT id FROM customers WHERE id = $1 FOR UPDATE`, [customerId]);
    const plan = await this.plan(customerId, manager);
    if (plan.mode === 'blocked_by_legal_hold')
      throw new ConflictError('An active legal hold blocks erasure of this customer.');
    if (plan.mode === 'hard_delete' && prefer === 'delete') {
      await manager.query(
        `DELETE FROM customer_affiliations WHERE doctor_id = $1 OR clinic_id = $1`,
        [customerId],
      );
      await manager.query(
        `UPDATE customer_licenses SET practice_clinic_id = NULL WHERE practice_clinic_id = $1`,
        [customerId],
      );
      await manager.query(`DELETE FROM customers WHERE id = $1`, [customerId]);
      await this.audit.record(manager, {
        action: 'customer.deleted',
        resourceType: 'customer',
        resourceId: customerId,
        subjectId: customerId,
      });
      return 'hard_deleted';
    }
    await manager.query(
      `UPDATE customers SET name = 'Anonim ' || left(id::text, 8), email = NULL, phone = NULL, whatsapp = NULL,
         nik_ciphertext = NULL, nik_blind_index = NULL, npwp_ciphertext = NULL, npwp_blind_index = NULL, specialty = NULL,
         address_line1 = NULL, address_district = NULL, address_city = NULL, address_province = NULL, address_postal_code = NULL,
         notes = NULL, owner_id = NULL, status = 'anonymized', version = version + 1, updated_at = now()
       WHERE id = $1`,
      [customerId],
    );
    await manager.query(`DELETE FROM customer_licenses WHERE customer_id = $1`, [customerId]);
    await manager.query(
      `UPDATE customer_licenses SET practice_clinic_id = NULL WHERE practice_clinic_id = $1`,
      [customerId],
    );
    await manager.query(
      `DELETE FROM customer_affiliations WHERE doctor_id = $1 OR clinic_id = $1`,
      [customerId],
    );
    await manager.query(`SET LOCAL bei.erasure = 'on'`);
    await manager.query(
      `UPDATE consent_events SET evidence = NULL WHERE customer_id = $1 AND evidence IS NOT NULL`,
      [customerId],
    );
    await manager.query(`SET LOCAL bei.erasure = 'off'`);
    await manager.query(`UPDATE suppressions SET value = NULL WHERE customer_id = $1`, [
      customerId,
    ]);
    await manager.query(
      `UPDATE orders SET customer_po_number = NULL, notes = NULL, review_note = NULL WHERE customer_id = $1`,
      [customerId],
    );
    await this.audit.record(manager, {
      action: 'customer.anonymized',
      resourceType: 'customer',
      resourceId: customerId,
      subjectId: customerId,
    });
    return 'anonymized';
  }
}
