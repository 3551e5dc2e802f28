import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsDateOnly } from '../../common/validation/indonesian-validators';

export const GROUP_BY = ['month', 'province', 'specialty', 'product', 'customerType'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export class SalesQueryDto {
  @ApiProperty({ enum: GROUP_BY })
  @IsIn(GROUP_BY)
  groupBy: GroupBy;

  /** First day (WIB), inclusive. */
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  /** Last day (WIB), inclusive. */
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

export class DateRangeQueryDto {
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

export class SalesRowDto {
  /** The group: `2026-11`, a province, a specialty, a SKU or `doctor`/`clinic`. */
  key: string;
  @ApiProperty({ type: 'integer' })
  orders: number;
  /** Distinct customers in the group; never fewer than k in a returned row. */
  @ApiProperty({ type: 'integer' })
  customers: number;
  /** Net revenue in whole rupiah (after discounts, before PPN). */
  @ApiProperty({ type: 'integer' })
  revenue: number;
}

export class SalesReportDto {
  @ApiProperty({ type: [SalesRowDto] })
  rows: SalesRowDto[];
  /** Groups withheld because they cover fewer than k customers, plus any withheld so they cannot be recovered from totals. */
  @ApiProperty({ type: 'integer' })
  suppressedRows: number;
  @ApiProperty({ type: 'integer' })
  k: number;
}
