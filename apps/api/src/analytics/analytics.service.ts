import { createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type {
  DateRangeQueryDto,
  GroupBy,
  SalesReportDto,
  SalesQueryDto,
} from './dto/analytics.dto';
import { suppressSmallCells } from './suppression';

/** Orders that count as sales: approved or further, not cancelled. */
const SOLD = `o.kind = 'sale' AND o.status IN ('approved', 'fulfilled', 'invoiced', 'paid')`;
const RANGE = `($1::date IS NULL OR o.created_at >= ($1::date::timestamp AT TIME ZONE 'Asia/Jakarta'))
  AND ($2::date IS NULL OR o.created_at < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta'))`;

const GROUP_SQL: Record<GroupBy, { key: string; from: string; revenue: string }> = {
  month: {
    key: `to_char(o.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM')`,
    from: 'orders o',
    revenue: 'o.subtotal - o.discount_total',
  },
  province: {
    key: `coalesce(c.address_province, 'unknown')`,
    from: 'orders o JOIN customers c ON c.id = o.customer_id',
    revenue: 'o.subtotal - o.discount_total',
  },
  specialty: {
    key: `coalesce(c.specialty, 'unknown')`,
    from: 'orders o JOIN customers c ON c.id = o.customer_id',
    revenue: 'o.subtotal - o.discount_total',
  },
  customerType: {
    key: 'c.type',
    from: 'orders o JOIN customers c ON c.id = o.customer_id',
    revenue: 'o.subtotal - o.discount_total',
  },
  product: {
    key: 'l.sku',
    from: 'orders o JOIN order_lines l ON l.order_id = o.id',
    revenue: 'l.line_total',
  },
};

/** De-identified reporting (contract §10): aggregates with small groups suppressed, pseudonymous exports. */
@Injectable()
export class AnalyticsService {
  private readonly pseudonymKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.pseudonymKey = config.analyticsPseudonymKey;
  }

  async sales(query: SalesQueryDto): Promise<SalesReportDto> {
    const group = GROUP_SQL[query.groupBy];
    const rows: { key: string; orders: number; customers: number; revenue: string }[] =
      await this.dataSource.query(
        `SELECT ${group.key} AS key, count(DISTINCT o.id)::int AS orders, count(DISTINCT o.customer_id)::int AS customers,
              sum(${group.revenue})::bigint AS revenue
       FROM ${group.from} WHERE ${SOLD} AND ${RANGE} GROUP BY 1 ORDER BY 1`,
        [query.from ?? null, query.to ?? null],
      );
    const k = this.config.analyticsK;
    const { shown, suppressed } = suppressSmallCells(
      rows.map((r) => ({
        key: r.key,
        orders: r.orders,
        customers: r.customers,
        revenue: Number(r.revenue),
      })),
      k,
    );
    return { rows: shown, suppressedRows: suppressed, k };
  }

  /** One NDJSON line per sold order line: pseudonymous customer key, province, specialty, month. */
  async deidentifiedOrders(query: DateRangeQueryDto): Promise<Readable> {
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        action: 'analytics.deidentified_exported',
        resourceType: 'analytics',
      }),
    );
    const dataSource = this.dataSource;
    const pseudonym = (customerId: string) =>
      createHmac('sha256', this.pseudonymKey).update(customerId).digest('base64url').slice(0, 22);
    async function* lines() {
      let after: [string, number] = ['00000000-0000-0000-0000-000000000000', -1];
      for (;;) {
        const rows: {
          order_id: string;
          line_index: number;
          customer_id: string;
          type: string;
          province: string | null;
          specialty: string | null;
          month: string;
          sku: string;
          quantity: number;
          line_total: string;
        }[] = await dataSource.query(
          `SELECT o.id AS order_id, l.line_index, o.customer_id, c.type, c.address_province AS province, c.specialty,
                    to_char(o.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS month, l.sku, l.quantity, l.line_total
             FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN customers c ON c.id = o.customer_id
             WHERE ${SOLD} AND ${RANGE} AND (o.id, l.line_index) > ($3::uuid, $4::int)
             ORDER BY o.id, l.line_index LIMIT 1000`,
          [query.from ?? null, query.to ?? null, after[0], after[1]],
        );
        if (rows.length === 0) return;
        yield rows
          .map(
            (r) =>
              `${JSON.stringify({ customerKey: pseudonym(r.customer_id), customerType: r.type, province: r.province, specialty: r.specialty, month: r.month, sku: r.sku, quantity: r.quantity, lineTotal: Number(r.line_total) })}\n`,
          )
          .join('');
        const last = rows[rows.length - 1];
        after = [last.order_id, last.line_index];
      }
    }
    return Readable.from(lines());
  }
}
