import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CUSTOMER_TYPES, type CustomerType } from '@bei-hub/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
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
import { IsNik, IsNpwp, IsPhone } from '../../common/validation/indonesian-validators';
import { AddressDto } from './address.dto';
import { LicenseInputDto } from './license-input.dto';

export class CreateCustomerDto {
  @ApiProperty({ enum: CUSTOMER_TYPES })
  @IsIn(CUSTOMER_TYPES)
  type: CustomerType;

  @ApiProperty({ example: 'dr. Ayu Lestari, Sp.KK' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ format: 'email', nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  /** Any common Indonesian form; stored and returned in E.164 (`+6281234567890`). */
  @ApiPropertyOptional({ type: String, nullable: true, example: '0812-3456-7890' })
  @IsOptional()
  @IsPhone()
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+62 812 3456 7890' })
  @IsOptional()
  @IsPhone()
  whatsapp?: string | null;

  /** 16-digit national identity number; encrypted at rest, masked in responses. */
  @ApiPropertyOptional({ type: String, nullable: true, example: '3174011203850001' })
  @IsOptional()
  @IsNik()
  nik?: string | null;

  /** Tax number: 16 digits (the retired 15-digit form is accepted); encrypted at rest, masked in responses. */
  @ApiPropertyOptional({ type: String, nullable: true, example: '0012345678901000' })
  @IsOptional()
  @IsNpwp()
  npwp?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Dermatologi dan Venereologi' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  specialty?: string | null;

  @ApiPropertyOptional({ type: [LicenseInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LicenseInputDto)
  licenses?: LicenseInputDto[];

  @ApiPropertyOptional({ type: AddressDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto | null;

  /** The sales rep who owns the customer; a sales rep's own customers default to them. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  /** Whole rupiah. */
  @ApiPropertyOptional({ type: 'integer', minimum: 0, nullable: true, example: 50_000_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  creditLimit?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}
