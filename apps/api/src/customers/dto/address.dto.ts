import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** An Indonesian address; province and city must be names from the shipped list (GET /regions). */
export class AddressDto {
  @ApiProperty({ example: 'Jl. Kemang Raya No. 8' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  line1: string;

  @ApiPropertyOptional({ example: 'Mampang Prapatan' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  district?: string;

  @ApiProperty({ example: 'Kota Jakarta Selatan' })
  @IsString()
  @MaxLength(100)
  city: string;

  @ApiProperty({ example: 'DKI Jakarta' })
  @IsString()
  @MaxLength(100)
  province: string;

  @ApiPropertyOptional({ example: '12730' })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'must be 5 digits' })
  postalCode?: string;
}
