import { assessRisk, type RiskAssessment } from '@bei-hub/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BusinessRuleError } from '../common/problem/domain-errors';
import type { OrderLineRow, OrderRow, ReviewReason } from './order.types';

type CustomerFacts = {
  type: 'doctor' | 'clinic';
  status: string;
  credit_limit: string | null;
  profiling_objected_at: Date | null;
};

type LicenseFacts = { kind: string; valid_until: string | null };

export type SubmitOutcome = { risk: RiskAssessment | null; reviewReasons: ReviewReason[] };

/**
 * The checks a sale order passes at submit (contract §5, §6): customer status and the licence gate
 * refuse (422); risk, credit and a profiling objection only send the order to a person.
 */
@Injectable()
export class SubmitChecks {
  async run(
    manager: EntityManager,
    order: OrderRow,
    lines: OrderLineRow[],
    today: string,
  ): Promise<SubmitOutcome> {
    const [customer]: CustomerFacts[] = await manager.query(
      `SELECT type, status, credit_limit, profiling_objected_at FROM customers WHERE id = $1 FOR SHARE`,
      [order.customer_id],
    );
    if (customer.status === 'blocked')
      throw new BusinessRuleError('customer-blocked', 'A blocked customer cannot order.');
    if (customer.status === 'restricted')
      throw new BusinessRuleError('customer-restricted', 'A restricted customer cannot order.');
    if (customer.status === 'anonymized')
      throw new BusinessRuleError('customer-anonymized', 'An anonymised customer cannot order.');

    const products: { id: string; active: boolean; prescription_only: boolean }[] =
      await manager.query(
        `SELECT id, active, prescription_only FROM products WHERE id = ANY($1::uuid[])`,
        [lines.map((l) => l.product_id)],
      );
    const inactive = lines.findIndex((l) => !products.find((p) => p.id === l.product_id)?.active);
    if (inactive >= 0) {
      throw new BusinessRuleError(
        'product-inactive',
        'An order line names a product that is no longer sold.',
        [{ field: `lines[${inactive}].productId`, message: 'is not sold any more' }],
      );
    }
    const prescriptionLines = lines.filter(
      (l) => products.find((p) => p.id === l.product_id)?.prescription_only,
    );
    const licenses: LicenseFacts[] = await manager.query(
      `SELECT kind, to_char(valid_until, 'YYYY-MM-DD') AS valid_until FROM customer_licenses
       WHERE customer_id = $1 AND status = 'active' AND (valid_until IS NULL OR valid_until >= $2::date)`,
      [order.customer_id, today],
    );
    const needed = customer.type === 'doctor' ? ['STR', 'SIP'] : ['CLINIC_PERMIT'];
    if (
      prescriptionLines.length > 0 &&
      !needed.every((kind) => licenses.some((l) => l.kind === kind))
    ) {
      throw new BusinessRuleError(
        'license-invalid',
        customer.type === 'doctor'
          ? 'Prescription-only products need an active STR and a valid SIP today.'
          : 'Prescription-only products need a valid clinic permit today.',
      );
    }

    const reviewReasons: ReviewReason[] = [];
    const total = Number(order.total);
    if (customer.credit_limit !== null) {
      const [{ outstanding }] = await manager.query(
        `SELECT coalesce(sum(total), 0)::bigint AS outstanding FROM orders
         WHERE customer_id = $1 AND kind = 'sale' AND status IN ('approved', 'fulfilled', 'invoiced') AND id <> $2`,
        [order.customer_id, order.id],
      );
      if (total > Number(customer.credit_limit) - Number(outstanding)) {
        reviewReasons.push({
          code: 'credit_exceeded',
          message: 'The order exceeds the customer’s remaining credit.',
        });
      }
    }
    if (customer.profiling_objected_at) {
      // Objection to profiling: no score at all, and a person decides.
      reviewReasons.push({
        code: 'profiling_objection',
        message: 'The customer objected to profiling; a person reviews every order.',
      });
      return { risk: null, reviewReasons };
    }
    const risk = assessRisk(
      await this.riskFacts(manager, order, prescriptionLines, licenses, needed, today),
    );
    if (risk.level === 'high')
      reviewReasons.unshift({ code: 'high_risk', message: 'The risk score is high.' });
    return { risk, reviewReasons };
  }

  private async riskFacts(
    manager: EntityManager,
    order: OrderRow,
    prescriptionLines: OrderLineRow[],
    licenses: LicenseFacts[],
    needed: string[],
    today: string,
  ) {
    const [history] = await manager.query(
      `SELECT count(*)::int AS count, coalesce(avg(total), 0)::float8 AS average,
              count(*) FILTER (WHERE submitted_at > now() - interval '24 hours')::int AS recent
       FROM orders WHERE customer_id = $1 AND kind = 'sale' AND id <> $2 AND status NOT IN ('draft', 'cancelled')`,
      [order.customer_id, order.id],
    );
    const expiries = licenses
      .filter((l) => needed.includes(l.kind) && l.valid_until)
      .map((l) => l.valid_until as string)
      .sort();
    const soonest = prescriptionLines.length && expiries.length ? expiries[0] : null;
    return {
      orderTotal: Number(order.total),
      previousOrderCount: history.count,
      previousAverageTotal: Math.round(history.average),
      ordersLast24Hours: history.recent,
      prescriptionOnlyUnits: prescriptionLines.reduce((sum, l) => sum + l.quantity, 0),
      licenseExpiresInDays: soonest ? daysBetween(today, soonest) : null,
    };
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
