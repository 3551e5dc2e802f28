import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LICENSE_KINDS,
  LICENSE_STATES,
  type LicenseKind,
  type LicenseState,
} from '@bei-hub/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsDateOnly } from '../../common/validation/indonesian-validators';

export class LicenseInputDto {
  @ApiProperty({ enum: LICENSE_KINDS })
  @IsIn(LICENSE_KINDS)
  kind: LicenseKind;

  @ApiProperty({ example: '3171100222123456' })
  @IsString()
  @MinLength(3)
  @MaxLength(64)
  number: string;

  /** Last valid day; null or absent = no expiry (an Indonesian doctor's STR is valid for life). */
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2027-06-30' })
  @IsOptional()
  @IsDateOnly()
  validUntil?: string | null;

  /** For a SIP: the clinic (customer of type clinic) where the doctor practises. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  practiceClinicId?: string | null;

  @ApiPropertyOptional({ enum: LICENSE_STATES, default: 'active' })
  @IsOptional()
  @IsIn(LICENSE_STATES)
  status?: LicenseState;
}
