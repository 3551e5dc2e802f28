import { ApiProperty } from '@nestjs/swagger';

export class LotReceiptDto {
  @ApiProperty({ format: 'uuid' })
  orderId: string;
  orderNumber: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  supplierId: string | null;
  @ApiProperty({ type: String, nullable: true })
  supplierName: string | null;
  @ApiProperty({ type: 'integer' })
  quantity: number;
  @ApiProperty({ format: 'date-time' })
  receivedAt: string;
}

export class LotDeliveryDto {
  @ApiProperty({ format: 'uuid' })
  orderId: string;
  orderNumber: string;
  @ApiProperty({ format: 'uuid' })
  customerId: string;
  customerName: string;
  /** Recall notices are service messages: contacts are given even when marketing is opted out. */
  @ApiProperty({ type: String, nullable: true })
  customerEmail: string | null;
  @ApiProperty({ type: String, nullable: true })
  customerPhone: string | null;
  @ApiProperty({ type: 'integer' })
  quantity: number;
  @ApiProperty({ format: 'date-time' })
  deliveredAt: string;
}

export class TracedLotDto {
  @ApiProperty({ format: 'uuid' })
  productId: string;
  sku: string;
  productName: string;
  @ApiProperty({ format: 'date' })
  expiryDate: string;
  @ApiProperty({ type: 'integer' })
  quantityOnHand: number;
  @ApiProperty({ type: [LotReceiptDto] })
  receipts: LotReceiptDto[];
  @ApiProperty({ type: [LotDeliveryDto] })
  deliveries: LotDeliveryDto[];
}

/** Where a lot came from and every sale it went to (CDAKB recall). */
export class LotTraceDto {
  lotNumber: string;
  @ApiProperty({ type: [TracedLotDto] })
  lots: TracedLotDto[];
}
