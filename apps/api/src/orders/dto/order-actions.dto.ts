import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../common/validation/indonesian-validators';

export class AllocationInputDto {
  @ApiProperty({ type: 'integer', minimum: 0 })
  @IsInt()
  @Min(0)
  lineIndex: number;

  @IsString()
  @MinLength(1)
  @MaxLength(64)
  lotNumber: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  @IsInt()
  @Min(1)
  quantity: number;
}

/** Without `allocations`, lots are taken first-expiry-first-out; expired lots never. */
export class FulfilOrderDto {
  @ApiPropertyOptional({ type: [AllocationInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => AllocationInputDto)
  allocations?: AllocationInputDto[];
}

export class ReceivedLotDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  productId: string;

  @IsString()
  @MinLength(1)
  @MaxLength(64)
  lotNumber: string;

  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  expiryDate: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  quantity: number;
}

/** Required for a purchase order; checked after the transition, so a sale order answers 409. */
export class ReceiveOrderDto {
  @ApiProperty({ type: [ReceivedLotDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ReceivedLotDto)
  lots: ReceivedLotDto[];
}

export class OrderNoteDto {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class RiskDecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision: 'approve' | 'reject';

  /** Why: kept with the order and shown in its history. */
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  note: string;
}
