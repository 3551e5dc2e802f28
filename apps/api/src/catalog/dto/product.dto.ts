import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQueryDto } from '../../common/http/page-query.dto';

export class CreateProductDto {
  @ApiProperty({ example: 'BTX-100' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/, {
    message: 'must be 2–40 letters, digits, dot, dash or underscore',
  })
  sku: string;

  @ApiProperty({ example: 'Botulinum Toxin Type A 100U' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'Neurolux' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  brand: string;

  @ApiProperty({ example: 'botulinum_toxin' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  category: string;

  @ApiProperty({ example: 'vial' })
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  unit: string;

  /** Sold only to a licensed buyer (active STR + valid SIP, or a valid clinic permit). */
  @IsBoolean()
  prescriptionOnly: boolean;

  /** Whole rupiah, before PPN. */
  @ApiProperty({ type: 'integer', minimum: 0, example: 2_500_000 })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  price: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateProductDto extends PartialType(CreateProductDto) {}

export class ProductResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  sku: string;
  name: string;
  brand: string;
  category: string;
  unit: string;
  prescriptionOnly: boolean;
  @ApiProperty({ type: 'integer' })
  price: number;
  active: boolean;
  /** Units on hand in lots that have not expired. */
  @ApiProperty({ type: 'integer' })
  quantityOnHand: number;
  @ApiProperty({ type: 'integer' })
  version: number;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class ProductPageDto {
  @ApiProperty({ type: [ProductResponseDto] })
  items: ProductResponseDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class ListProductsQueryDto extends PageQueryDto {
  /** SKU, name or brand. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @Matches(/^(true|false)$/, { message: 'must be true or false' })
  active?: string;
}

export class LotDto {
  lotNumber: string;
  @ApiProperty({ format: 'date' })
  expiryDate: string;
  @ApiProperty({ type: 'integer' })
  quantityOnHand: number;
  /** Expired lots are never allocated. */
  expired: boolean;
}

export class LotListDto {
  @ApiProperty({ type: [LotDto] })
  items: LotDto[];
}
