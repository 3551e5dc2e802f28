import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class CreatePrivacyNoticeDto {
  @ApiProperty({ example: '2026-01' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/, {
    message: 'must be 1–50 letters, digits, dot, dash or underscore',
  })
  version: string;

  /** Indonesian title. */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  /** Indonesian text of the notice. */
  @IsString()
  @MinLength(1)
  @MaxLength(100_000)
  body: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  titleEn?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  bodyEn?: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true })
  effectiveFrom: string;
}

export class PrivacyNoticeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  version: string;
  title: string;
  body: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  titleEn: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  bodyEn: string | null;
  @ApiProperty({ format: 'date-time' })
  effectiveFrom: string;
  /** The version new consents are tied to. */
  inForce: boolean;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class PrivacyNoticeListDto {
  @ApiProperty({ type: [PrivacyNoticeDto] })
  items: PrivacyNoticeDto[];
}
