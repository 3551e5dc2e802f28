import { ApiPropertyOptional } from '@nestjs/swagger';
import { ORDER_KINDS, ORDER_STATUSES, type OrderKind, type OrderStatus } from '@bei-hub/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { IsDateOnly } from '../../common/validation/indonesian-validators';

export class ListOrdersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ORDER_KINDS })
  @IsOptional()
  @IsIn(ORDER_KINDS)
  kind?: OrderKind;

  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  /** Created on or after this date (WIB). */
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  /** Created on or before this date (WIB). */
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

export class ListRiskReviewsQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'decided'], default: 'pending' })
  @IsOptional()
  @IsIn(['pending', 'decided'])
  status?: 'pending' | 'decided';
}
