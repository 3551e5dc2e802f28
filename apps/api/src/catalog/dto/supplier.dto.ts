import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsNpwp, IsPhone } from '../../common/validation/indonesian-validators';

export class CreateSupplierDto {
  @ApiProperty({ example: 'PT Medika Estetika Nusantara' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @IsOptional()
  @IsNpwp()
  npwp?: string;

  @IsOptional()
  @IsEmail()
  email?: string;

  @IsOptional()
  @IsPhone()
  phone?: string;

  @ApiPropertyOptional({ example: 'Jl. Gatot Subroto Kav. 12, Jakarta Selatan' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string;
}

export class SupplierResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  name: string;
  @ApiProperty({ type: String, nullable: true })
  npwp: string | null;
  @ApiProperty({ type: String, nullable: true })
  email: string | null;
  @ApiProperty({ type: String, nullable: true })
  phone: string | null;
  @ApiProperty({ type: String, nullable: true })
  address: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class SupplierListDto {
  @ApiProperty({ type: [SupplierResponseDto] })
  items: SupplierResponseDto[];
}
