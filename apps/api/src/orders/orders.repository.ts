import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AllocationRow, OrderLineRow, OrderRow } from './order.types';
import type { ListOrdersQueryDto } from './dto/list-orders-query.dto';

/** Which orders a caller may see: all, or sale orders of customers they own (sales reps). */
export type OrderScope = { ownerId: string | null };

const VISIBLE = `($S::uuid IS NULL OR (o.kind = 'sale' AND EXISTS (SELECT 1 FROM customers c WHERE c.id = o.customer_id AND c.owner_id = $S)))`;

function visible(param: string): string {
  return VISIBLE.replace(/\$S/g, param);
}

export type NewOrderLine = Omit<OrderLineRow, 'unit_price' | 'line_total'> & {
  unit_price: number;
  line_total: number;
};

export type OrderSummaryRow = OrderRow & {
  customer_name: string | null;
  supplier_name: string | null;
};

@Injectable()
export class OrdersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(
    id: string,
    scope: OrderScope,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<OrderRow | null> {
    const rows: OrderRow[] = await manager.query(
      `SELECT o.*, coalesce((SELECT name FROM customers c WHERE c.id = o.customer_id), (SELECT name FROM suppliers s WHERE s.id = o.supplier_id)) AS party_name
       FROM orders o WHERE o.id = $1 AND ${visible('$2')} ${lock ? 'FOR UPDATE OF o' : ''}`,
      [id, scope.ownerId],
    );
    return rows[0] ?? null;
  }

  linesOf(
    orderId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrderLineRow[]> {
    return manager.query(`SELECT * FROM order_lines WHERE order_id = $1 ORDER BY line_index`, [
      orderId,
    ]);
  }

  allocationsOf(
    orderId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AllocationRow[]> {
    return manager.query(
      `SELECT a.line_index, l.lot_number, to_char(l.expiry_date, 'YYYY-MM-DD') AS expiry_date, a.quantity
       FROM order_allocations a JOIN lots l ON l.id = a.lot_id WHERE a.order_id = $1 ORDER BY a.line_index, l.expiry_date`,
      [orderId],
    );
  }

  async list(
    query: ListOrdersQueryDto,
    scope: OrderScope,
    limit: number,
    afterId: string | null,
  ): Promise<OrderSummaryRow[]> {
    return this.dataSource.query(
      `SELECT o.*, c.name AS customer_name, s.name AS supplier_name
       FROM orders o LEFT JOIN customers c ON c.id = o.customer_id LEFT JOIN suppliers s ON s.id = o.supplier_id
       WHERE ${visible('$1')}
         AND ($2::text IS NULL OR o.kind = $2) AND ($3::text IS NULL OR o.status = $3) AND ($4::uuid IS NULL OR o.customer_id = $4)
         AND ($5::date IS NULL OR o.created_at >= ($5::date::timestamp AT TIME ZONE 'Asia/Jakarta'))
         AND ($6::date IS NULL OR o.created_at < (($6::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta'))
         AND ($7::uuid IS NULL OR o.id < $7)
       ORDER BY o.id DESC LIMIT $8`,
      [
        scope.ownerId,
        query.kind ?? null,
        query.status ?? null,
        query.customerId ?? null,
        query.from ?? null,
        query.to ?? null,
        afterId,
        limit + 1,
      ],
    );
  }

  async insertOrder(manager: EntityManager, row: Record<string, unknown>): Promise<void> {
    const entries = Object.entries(row);
    await manager.query(
      `INSERT INTO orders (${entries.map(([k]) => k).join(', ')}) VALUES (${entries.map((_, i) => `$${i + 1}`).join(', ')})`,
      entries.map(([, v]) =>
        v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v,
      ),
    );
  }

  async replaceLines(
    manager: EntityManager,
    orderId: string,
    lines: NewOrderLine[],
  ): Promise<void> {
    await manager.query(`DELETE FROM order_lines WHERE order_id = $1`, [orderId]);
    for (const line of lines) {
      await manager.query(
        `INSERT INTO order_lines (order_id, line_index, product_id, sku, name, quantity, unit_price, discount_basis_points, line_total)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          orderId,
          line.line_index,
          line.product_id,
          line.sku,
          line.name,
          line.quantity,
          line.unit_price,
          line.discount_basis_points,
          line.line_total,
        ],
      );
    }
  }

  /** Sets columns and bumps the version; `expectedVersion` makes it a compare-and-set. */
  async update(
    manager: EntityManager,
    id: string,
    changes: Record<string, unknown>,
    expectedVersion?: number,
  ): Promise<boolean> {
    const entries = Object.entries(changes);
    const sets = entries.map(([column], i) => `${column} = $${i + 2}`);
    const values = entries.map(([, v]) =>
      v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v,
    );
    const versionCheck =
      expectedVersion === undefined ? '' : ` AND version = $${entries.length + 2}`;
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE orders SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1${versionCheck} RETURNING id`,
      expectedVersion === undefined ? [id, ...values] : [id, ...values, expectedVersion],
    );
    return rows.length > 0;
  }
}
