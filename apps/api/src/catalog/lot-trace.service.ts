import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { NotFoundError } from '../common/problem/domain-errors';
import { csvLine } from '../customers/csv';
import type { LotDeliveryDto, LotReceiptDto, LotTraceDto } from './dto/lot-trace.dto';

/** Traceability by lot number: receipts from suppliers and deliveries to customers. */
@Injectable()
export class LotTraceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async trace(lotNumber: string): Promise<LotTraceDto> {
    const lots: {
      id: string;
      product_id: string;
      sku: string;
      name: string;
      expiry_date: string;
      quantity_on_hand: number;
    }[] = await this.dataSource.query(
      `SELECT l.id, l.product_id, p.sku, p.name, to_char(l.expiry_date, 'YYYY-MM-DD') AS expiry_date, l.quantity_on_hand
         FROM lots l JOIN products p ON p.id = l.product_id WHERE l.lot_number = $1 ORDER BY p.sku`,
      [lotNumber],
    );
    if (lots.length === 0) throw new NotFoundError('Lot');
    const ids = lots.map((l) => l.id);
    const receipts: (LotReceiptDto & { lotId: string })[] = await this.dataSource.query(
      `SELECT r.lot_id AS "lotId", o.id AS "orderId", o.number AS "orderNumber", s.id AS "supplierId", s.name AS "supplierName",
              r.quantity, to_json(r.received_at) #>> '{}' AS "receivedAt"
       FROM lot_receipts r JOIN orders o ON o.id = r.order_id LEFT JOIN suppliers s ON s.id = o.supplier_id
       WHERE r.lot_id = ANY($1::uuid[]) ORDER BY r.received_at`,
      [ids],
    );
    const deliveries: (LotDeliveryDto & { lotId: string })[] = await this.dataSource.query(
      `SELECT a.lot_id AS "lotId", o.id AS "orderId", o.number AS "orderNumber", c.id AS "customerId", c.name AS "customerName",
              c.email AS "customerEmail", c.phone AS "customerPhone", sum(a.quantity)::int AS quantity,
              to_json(min(a.allocated_at)) #>> '{}' AS "deliveredAt"
       FROM order_allocations a JOIN orders o ON o.id = a.order_id JOIN customers c ON c.id = o.customer_id
       WHERE a.lot_id = ANY($1::uuid[])
       GROUP BY a.lot_id, o.id, c.id ORDER BY min(a.allocated_at)`,
      [ids],
    );
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        action: 'lot.traced',
        resourceType: 'lot',
        resourceId: lotNumber,
      }),
    );
    const iso = (value: string) => new Date(value).toISOString();
    return {
      lotNumber,
      lots: lots.map((lot) => ({
        productId: lot.product_id,
        sku: lot.sku,
        productName: lot.name,
        expiryDate: lot.expiry_date,
        quantityOnHand: lot.quantity_on_hand,
        receipts: receipts
          .filter((r) => r.lotId === lot.id)
          .map(({ lotId: _lotId, ...r }) => ({ ...r, receivedAt: iso(r.receivedAt) })),
        deliveries: deliveries
          .filter((d) => d.lotId === lot.id)
          .map(({ lotId: _lotId, ...d }) => ({ ...d, deliveredAt: iso(d.deliveredAt) })),
      })),
    };
  }

  /** The recall contact list as CSV: every customer the lot reached, with contacts. */
  async recallCsv(lotNumber: string): Promise<Readable> {
    const trace = await this.trace(lotNumber);
    const lines = [
      csvLine([
        'lot_number',
        'sku',
        'product',
        'order_number',
        'delivered_at',
        'quantity',
        'customer_id',
        'customer',
        'email',
        'phone',
      ]),
    ];
    for (const lot of trace.lots) {
      for (const d of lot.deliveries) {
        lines.push(
          csvLine([
            lotNumber,
            lot.sku,
            lot.productName,
            d.orderNumber,
            d.deliveredAt,
            d.quantity,
            d.customerId,
            d.customerName,
            d.customerEmail,
            d.customerPhone,
          ]),
        );
      }
    }
    return Readable.from(lines);
  }
}
