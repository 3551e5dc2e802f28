import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/http/page-query.dto';

export class CreateLegalHoldDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId: string;

  /** Court order, police letter or case number. */
  @ApiProperty({ example: 'Surat Polda Metro Jaya No. B/123/XI/2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reference: string;

  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;
}

export class ReleaseLegalHoldDto {
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note: string;
}

export class LegalHoldDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  customerId: string;
  reference: string;
  reason: string;
  active: boolean;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  releasedAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  releaseNote: string | null;
}

export class LegalHoldListDto {
  @ApiProperty({ type: [LegalHoldDto] })
  items: LegalHoldDto[];
}

export class ListLegalHoldsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  customerId?: string;
}
