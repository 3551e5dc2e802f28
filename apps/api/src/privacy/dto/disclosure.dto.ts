import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

export const RECIPIENT_CATEGORIES = [
  'service_provider',
  'business_partner',
  'affiliate',
  'advertising_partner',
  'authority',
  'acquirer',
] as const;
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interest',
  'public_task',
  'legitimate_interest',
] as const;

export class CreateDisclosureDto {
  @ApiProperty({ example: 'PT Logistik Cepat' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  recipientName: string;

  @ApiProperty({ enum: RECIPIENT_CATEGORIES })
  @IsIn(RECIPIENT_CATEGORIES)
  recipientCategory: string;

  @ApiProperty({ example: 'Pengiriman pesanan' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  purpose: string;

  @ApiProperty({ enum: LEGAL_BASES })
  @IsIn(LEGAL_BASES)
  legalBasis: string;

  @ApiProperty({ type: [String], example: ['name', 'address', 'phone'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  dataCategories: string[];

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100_000)
  @IsUUID(undefined, { each: true })
  customerIds: string[];

  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  disclosedAt?: string;
}

export class DisclosureDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  recipientName: string;
  @ApiProperty({ enum: RECIPIENT_CATEGORIES })
  recipientCategory: string;
  purpose: string;
  @ApiProperty({ enum: LEGAL_BASES })
  legalBasis: string;
  @ApiProperty({ type: [String] })
  dataCategories: string[];
  @ApiProperty({ type: 'integer' })
  customerCount: number;
  @ApiProperty({ type: String, nullable: true })
  reference: string | null;
  @ApiProperty({ format: 'date-time' })
  disclosedAt: string;
}

export class DisclosureListDto {
  @ApiProperty({ type: [DisclosureDto] })
  items: DisclosureDto[];
}
