import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  LICENSE_STATUSES,
  type CustomerStatus,
  type CustomerType,
  type LicenseStatus,
} from '@bei-hub/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/http/page-query.dto';

export class ListCustomersQueryDto extends PageQueryDto {
  /** Name (typo-tolerant), e-mail, phone or licence number. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_TYPES })
  @IsOptional()
  @IsIn(CUSTOMER_TYPES)
  type?: CustomerType;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_STATUSES })
  @IsOptional()
  @IsIn(CUSTOMER_STATUSES)
  status?: CustomerStatus;

  @ApiPropertyOptional({ enum: LICENSE_STATUSES })
  @IsOptional()
  @IsIn(LICENSE_STATUSES)
  licenseStatus?: LicenseStatus;
}
