import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CUSTOMER_TYPES, type CustomerType } from '@bei-hub/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { IsNik, IsNpwp, IsPhone } from '../../common/validation/indonesian-validators';
import { CustomerSummaryDto } from './customer-response.dto';

export const DUPLICATE_FIELDS = ['nik', 'npwp', 'licenseNumber', 'email', 'phone', 'name'] as const;
export type DuplicateField = (typeof DUPLICATE_FIELDS)[number];

export class DuplicateCandidateDto {
  customer: CustomerSummaryDto;
  /** 0–1: how likely the two records are the same doctor or clinic. */
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.92 })
  score: number;
  @ApiProperty({ enum: DUPLICATE_FIELDS, isArray: true })
  matchedFields: DuplicateField[];
}

export class DuplicateListDto {
  @ApiProperty({ type: [DuplicateCandidateDto] })
  items: DuplicateCandidateDto[];
}

/** What a create form has so far; finds existing records it may duplicate. */
export class FindDuplicatesDto {
  @ApiPropertyOptional({ enum: CUSTOMER_TYPES })
  @IsOptional()
  @IsIn(CUSTOMER_TYPES)
  type?: CustomerType;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsEmail()
  email?: string;

  @IsOptional()
  @IsPhone()
  phone?: string;

  @IsOptional()
  @IsNik()
  nik?: string;

  @IsOptional()
  @IsNpwp()
  npwp?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  licenseNumbers?: string[];
}
