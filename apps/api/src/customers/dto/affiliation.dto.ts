import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class CreateAffiliationDto {
  /** A customer of type clinic where this doctor practises. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  clinicId: string;

  @ApiProperty({ example: 'Dokter praktik' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  role: string;
}

export class AffiliationPartyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  name: string;
}

export class AffiliationResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  doctorId: string;
  @ApiProperty({ format: 'uuid' })
  clinicId: string;
  role: string;
  doctor: AffiliationPartyDto;
  clinic: AffiliationPartyDto;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class AffiliationListDto {
  @ApiProperty({ type: [AffiliationResponseDto] })
  items: AffiliationResponseDto[];
}
