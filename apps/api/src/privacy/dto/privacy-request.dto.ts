import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { UpdateCustomerDto } from '../../customers/dto/update-customer.dto';

export const REQUEST_TYPES = [
  'access',
  'correction',
  'deletion',
  'anonymization',
  'blocking',
  'restriction',
  'objection',
  'consent_withdrawal',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
export const REQUEST_STATUSES = ['received', 'verified', 'completed', 'rejected'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const RECEIVED_VIA = [
  'email',
  'phone',
  'letter',
  'in_person',
  'web_form',
  'whatsapp',
] as const;
/** UU PDP Art 33-style grounds a subject can be told. */
export const REJECTION_GROUNDS = [
  'identity_not_verified',
  'manifestly_unfounded',
  'legal_obligation',
  'national_security',
  'law_enforcement',
  'other',
] as const;

export class CreatePrivacyRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId: string;

  @ApiProperty({ enum: REQUEST_TYPES })
  @IsIn(REQUEST_TYPES)
  type: RequestType;

  @ApiProperty({ enum: RECEIVED_VIA })
  @IsIn(RECEIVED_VIA)
  receivedVia: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  details?: string;

  /** When the subject's request arrived; the 72-hour clock starts here. Defaults to now. */
  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  receivedAt?: string;
}

export class VerifyPrivacyRequestDto {
  @ApiProperty({ example: 'ktp_checked', description: 'How the identity was confirmed.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  method: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

/** The body depends on the type: `changes` for correction, `purposes` for consent withdrawal; others need none. */
export class FulfilPrivacyRequestDto {
  @ApiPropertyOptional({ type: UpdateCustomerDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => UpdateCustomerDto)
  changes?: UpdateCustomerDto;

  @ApiPropertyOptional({ type: [String], example: ['marketing_email', 'marketing_whatsapp'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  purposes?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class RejectPrivacyRequestDto {
  @ApiProperty({ enum: REJECTION_GROUNDS })
  @IsIn(REJECTION_GROUNDS)
  ground: string;

  /** What the subject will be told. */
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;
}

export class PrivacyRequestDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  customerId: string;
  @ApiProperty({ enum: REQUEST_TYPES })
  type: RequestType;
  @ApiProperty({ enum: REQUEST_STATUSES })
  status: RequestStatus;
  receivedVia: string;
  @ApiProperty({ type: String, nullable: true })
  details: string | null;
  @ApiProperty({ format: 'date-time' })
  receivedAt: string;
  /** receivedAt + 72 hours (UU PDP). */
  @ApiProperty({ format: 'date-time' })
  dueAt: string;
  /** Open and past its due time. */
  overdue: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  verifiedAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  verificationMethod: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  rejectionReason: string | null;
  /** What fulfilment did, e.g. {"action": "anonymized"}. */
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  outcome: Record<string, unknown> | null;
  @ApiProperty({ type: 'integer' })
  version: number;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class PrivacyRequestPageDto {
  @ApiProperty({ type: [PrivacyRequestDto] })
  items: PrivacyRequestDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class ListPrivacyRequestsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REQUEST_STATUSES })
  @IsOptional()
  @IsIn(REQUEST_STATUSES)
  status?: RequestStatus;

  @ApiPropertyOptional({ enum: REQUEST_TYPES })
  @IsOptional()
  @IsIn(REQUEST_TYPES)
  type?: RequestType;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: string;
}

export class ErasureItemDto {
  /** Where the data lives, e.g. `customers.email`, `orders` (3 rows). */
  target: string;
  @ApiProperty({ enum: ['delete', 'anonymize', 'keep'] })
  action: 'delete' | 'anonymize' | 'keep';
  /** The rule behind the action, e.g. tax records are kept 10 years (UU KUP). */
  rule: string;
}

/** What an erasure would do, field by field, before anything happens. */
export class ErasurePlanDto {
  @ApiProperty({ format: 'uuid' })
  customerId: string;
  @ApiProperty({ enum: ['hard_delete', 'anonymize', 'blocked_by_legal_hold'] })
  mode: 'hard_delete' | 'anonymize' | 'blocked_by_legal_hold';
  @ApiProperty({ type: [ErasureItemDto] })
  items: ErasureItemDto[];
}
