import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORDER_KINDS, type OrderKind } from '@bei-hub/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class OrderLineInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  productId: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 4 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity: number;

  /** Sale lines: percent off the list price, at most two decimals. */
  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 5 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  discountPercent?: number;

  /** Purchase lines: whole rupiah per unit, before PPN. */
  @ApiPropertyOptional({ type: 'integer', minimum: 0, example: 1_800_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  unitCost?: number;
}

/**
 * A sale `{kind: "sale", customerId, customerPoNumber?, lines: [{productId, quantity, discountPercent?}], notes?}`
 * or a purchase `{kind: "purchase", supplierId, lines: [{productId, quantity, unitCost}]}`.
 */
export class CreateOrderDto {
  @ApiProperty({ enum: ORDER_KINDS })
  @IsIn(ORDER_KINDS)
  kind: OrderKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Sale orders: the doctor or clinic.' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Purchase orders: the supplier.' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  customerPoNumber?: string;

  @ApiProperty({ type: [OrderLineInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => OrderLineInputDto)
  lines: OrderLineInputDto[];

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

/** Draft orders only; needs If-Match. `lines` replaces all lines. */
export class UpdateOrderDto {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  customerPoNumber?: string;

  @ApiPropertyOptional({ type: [OrderLineInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => OrderLineInputDto)
  lines?: OrderLineInputDto[];

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}
