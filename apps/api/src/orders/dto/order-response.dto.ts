import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ORDER_ACTIONS,
  ORDER_KINDS,
  ORDER_STATUSES,
  type OrderAction,
  type OrderKind,
  type OrderStatus,
} from '@bei-hub/domain';

export class OrderLineDto {
  @ApiProperty({ format: 'uuid' })
  productId: string;
  sku: string;
  name: string;
  @ApiProperty({ type: 'integer' })
  quantity: number;
  /** List price (sale) or unit cost (purchase), whole rupiah. */
  @ApiProperty({ type: 'integer' })
  unitPrice: number;
  discountPercent: number;
  @ApiProperty({ type: 'integer' })
  lineTotal: number;
}

export class RiskReasonDto {
  code: string;
  message: string;
  @ApiProperty({ type: 'integer' })
  points: number;
}

/** The transparent anti-fraud assessment made at submit; a person decides on `high`. */
export class RiskDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  score: number;
  @ApiProperty({ enum: ['low', 'medium', 'high'] })
  level: 'low' | 'medium' | 'high';
  @ApiProperty({ type: [RiskReasonDto] })
  reasons: RiskReasonDto[];
  model: string;
}

export class ReviewReasonDto {
  @ApiProperty({ enum: ['high_risk', 'credit_exceeded', 'profiling_objection'] })
  code: string;
  message: string;
}

export class AllocationDto {
  @ApiProperty({ type: 'integer' })
  lineIndex: number;
  lotNumber: string;
  @ApiProperty({ format: 'date' })
  expiryDate: string;
  @ApiProperty({ type: 'integer' })
  quantity: number;
}

export class OrderResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'SO-2026-000001' })
  number: string;
  @ApiProperty({ enum: ORDER_KINDS })
  kind: OrderKind;
  @ApiProperty({ enum: ORDER_STATUSES })
  status: OrderStatus;
  @ApiPropertyOptional({ format: 'uuid' })
  customerId?: string;
  /** For display; the customer record itself is read (and audited) separately. */
  @ApiPropertyOptional({ type: String, nullable: true })
  customerName?: string | null;
  @ApiPropertyOptional({ format: 'uuid' })
  supplierId?: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  supplierName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  customerPoNumber?: string | null;
  @ApiProperty({ type: String, nullable: true })
  notes: string | null;
  @ApiProperty({ type: [OrderLineDto] })
  lines: OrderLineDto[];
  @ApiProperty({ type: 'integer' })
  subtotal: number;
  @ApiProperty({ type: 'integer' })
  discountTotal: number;
  /** (subtotal − discountTotal) × DPP factor, rounded once. */
  @ApiProperty({ type: 'integer' })
  taxBase: number;
  @ApiProperty({ type: 'integer' })
  ppn: number;
  @ApiProperty({ type: 'integer' })
  total: number;
  @ApiProperty({ enum: ['IDR'] })
  currency: 'IDR';
  @ApiPropertyOptional({ type: RiskDto, nullable: true })
  risk?: RiskDto | null;
  /** Why the order waits for a person (on_review). */
  @ApiProperty({ type: [ReviewReasonDto] })
  reviewReasons: ReviewReasonDto[];
  @ApiProperty({ type: String, nullable: true })
  reviewNote: string | null;
  @ApiProperty({ type: [AllocationDto] })
  allocations: AllocationDto[];
  /** What the caller's next step may be, given the status and the caller's role. */
  @ApiProperty({ enum: ORDER_ACTIONS, isArray: true })
  allowedActions: OrderAction[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: string | null;
  /** When a person decided on the order under review. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  reviewedAt: string | null;
  @ApiProperty({ type: 'integer' })
  version: number;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class OrderSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  number: string;
  @ApiProperty({ enum: ORDER_KINDS })
  kind: OrderKind;
  @ApiProperty({ enum: ORDER_STATUSES })
  status: OrderStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  customerId: string | null;
  @ApiProperty({ type: String, nullable: true })
  customerName: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  supplierId: string | null;
  @ApiProperty({ type: String, nullable: true })
  supplierName: string | null;
  @ApiProperty({ type: 'integer' })
  total: number;
  @ApiProperty({ enum: ['IDR'] })
  currency: 'IDR';
  @ApiProperty({ type: String, enum: ['low', 'medium', 'high'], nullable: true })
  riskLevel: 'low' | 'medium' | 'high' | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class OrderPageDto {
  @ApiProperty({ type: [OrderSummaryDto] })
  items: OrderSummaryDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class RiskReviewDto {
  @ApiProperty({ format: 'uuid' })
  orderId: string;
  orderNumber: string;
  @ApiProperty({ format: 'uuid' })
  customerId: string;
  customerName: string;
  @ApiProperty({ type: 'integer' })
  total: number;
  @ApiProperty({ type: RiskDto, nullable: true })
  risk: RiskDto | null;
  @ApiProperty({ type: [ReviewReasonDto] })
  reviewReasons: ReviewReasonDto[];
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] })
  status: 'pending' | 'approved' | 'rejected';
  @ApiProperty({ type: String, nullable: true })
  note: string | null;
  @ApiProperty({ format: 'date-time' })
  submittedAt: string;
}

export class RiskReviewListDto {
  @ApiProperty({ type: [RiskReviewDto] })
  items: RiskReviewDto[];
}
