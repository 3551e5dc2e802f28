import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

export const CONSENT_METHODS = ['verbal', 'written', 'electronic', 'unsubscribe_link'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
export const CHANNELS = [
  'email',
  'sms',
  'whatsapp',
  'phone',
  'push',
  'location',
  'mail',
  'none',
] as const;

export class ConsentPurposeDto {
  @ApiProperty({ example: 'marketing_email' })
  code: string;
  @ApiProperty({ enum: CHANNELS })
  channel: string;
  @ApiProperty({ example: 'consent' })
  legalBasis: string;
  labelId: string;
  labelEn: string;
}

export class ConsentPurposeListDto {
  @ApiProperty({ type: [ConsentPurposeDto] })
  items: ConsentPurposeDto[];
}

export class CreateConsentPurposeDto {
  @Matches(/^[a-z][a-z0-9_]{2,49}$/, {
    message: 'must be 3–50 lowercase letters, digits or underscores',
  })
  code: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: string;

  @ApiProperty({
    enum: [
      'consent',
      'contract',
      'legal_obligation',
      'vital_interest',
      'public_task',
      'legitimate_interest',
    ],
  })
  @IsIn([
    'consent',
    'contract',
    'legal_obligation',
    'vital_interest',
    'public_task',
    'legitimate_interest',
  ])
  legalBasis: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelId: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelEn: string;
}

export class RecordConsentDto {
  @ApiProperty({ example: 'marketing_email' })
  @IsString()
  @MaxLength(50)
  purpose: string;

  @IsBoolean()
  granted: boolean;

  @ApiProperty({ enum: CONSENT_METHODS })
  @IsIn(CONSENT_METHODS)
  method: ConsentMethod;

  /** The privacy notice version shown to the customer; a grant must use the version in force. */
  @ApiProperty({ example: '2026-01' })
  @IsString()
  @MaxLength(50)
  noticeVersion: string;

  /** Where the proof is: a form number, a call reference, a file name. Not the personal data itself. */
  @ApiPropertyOptional({ example: 'Formulir persetujuan No. 2026/11/0045' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  evidence?: string;
}

export class ConsentEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  customerId: string;
  purpose: string;
  granted: boolean;
  @ApiProperty({ enum: CONSENT_METHODS })
  method: ConsentMethod;
  noticeVersion: string;
  @ApiProperty({ type: String, nullable: true })
  evidence: string | null;
  /** Who captured it: user, api_client or public (an unsubscribe link). */
  @ApiProperty({ enum: ['user', 'api_client', 'system', 'public'] })
  capturedByType: string;
  @ApiProperty({ type: String, nullable: true })
  capturedBy: string | null;
  @ApiProperty({ format: 'date-time' })
  occurredAt: string;
}

export class ConsentHistoryDto {
  @ApiProperty({ type: [ConsentEventDto] })
  items: ConsentEventDto[];
}

export class ConsentStateDto {
  purpose: string;
  @ApiProperty({ enum: CHANNELS })
  channel: string;
  /** Never asked = not granted. */
  granted: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  since: string | null;
  @ApiProperty({ type: String, nullable: true })
  noticeVersion: string | null;
  @ApiProperty({ type: String, enum: CONSENT_METHODS, nullable: true })
  method: ConsentMethod | null;
}

export class ConsentStateListDto {
  @ApiProperty({ type: [ConsentStateDto] })
  items: ConsentStateDto[];
}
