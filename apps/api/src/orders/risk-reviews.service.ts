import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RiskReviewDto, RiskReviewListDto } from './dto/order-response.dto';
import type { OrderRow } from './order.types';

/** The review queue: sale orders a rule sent to a person, and the decisions taken. */
@Injectable()
export class RiskReviewsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(status: 'pending' | 'decided'): Promise<RiskReviewListDto> {
    const rows: (OrderRow & { customer_name: string })[] = await this.dataSource.query(
      `SELECT o.*, c.name AS customer_name FROM orders o JOIN customers c ON c.id = o.customer_id
       WHERE o.kind = 'sale' AND ${status === 'pending' ? `o.status = 'on_review'` : 'o.reviewed_at IS NOT NULL'}
       ORDER BY o.submitted_at LIMIT 500`,
    );
    return { items: rows.map(toReview) };
  }
}

function toReview(row: OrderRow & { customer_name: string }): RiskReviewDto {
  const { reviewReasons = [], ...risk } = row.risk ?? {};
  return {
    orderId: row.id,
    orderNumber: row.number,
    customerId: row.customer_id as string,
    customerName: row.customer_name,
    total: Number(row.total),
    risk: 'score' in risk ? (risk as RiskReviewDto['risk']) : null,
    reviewReasons,
    status:
      row.status === 'on_review' ? 'pending' : row.status === 'cancelled' ? 'rejected' : 'approved',
    note: row.review_note,
    submittedAt: (row.submitted_at ?? row.created_at).toISOString(),
  };
}
