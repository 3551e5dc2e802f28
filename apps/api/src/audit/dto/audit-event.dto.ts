import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../common/http/page-query.dto';

export class AuditActorDto {
  @ApiProperty({ enum: ['user', 'api_client', 'system', 'public'] })
  type: string;
  @ApiProperty({ type: String, nullable: true })
  id: string | null;
  @ApiProperty({ type: [String] })
  roles: string[];
}

/** One event of the tamper-evident log; `hash` chains it to `prevHash` (docs/audit-verification.md). */
export class AuditEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ type: 'integer' })
  chain: number;
  @ApiProperty({ type: 'integer' })
  seq: number;
  @ApiProperty({ format: 'date-time' })
  occurredAt: string;
  actor: AuditActorDto;
  @ApiProperty({ example: 'customer.viewed' })
  action: string;
  resourceType: string;
  @ApiProperty({ type: String, nullable: true })
  resourceId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  subjectId: string | null;
  @ApiProperty({ type: String, nullable: true })
  requestId: string | null;
  @ApiProperty({ type: String, nullable: true })
  ip: string | null;
  @ApiProperty({ enum: ['success', 'failure', 'denied'] })
  outcome: string;
  @ApiProperty({ type: [String], nullable: true })
  changedFields: string[] | null;
  prevHash: string;
  hash: string;
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] })
  items: AuditEventDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class ListAuditEventsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @ApiPropertyOptional({ example: 'customer.viewed' })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]+)*\.?\*?$/, {
    message: 'must be an action such as customer.viewed or a prefix such as customer.*',
  })
  action?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  resourceType?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  resourceId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  to?: string;
}

export class ExportAuditEventsQueryDto {
  @ApiPropertyOptional({ enum: ['ndjson', 'csv'], default: 'ndjson' })
  @IsOptional()
  @IsIn(['ndjson', 'csv'])
  format?: 'ndjson' | 'csv';

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  to?: string;
}

export class VerifyAuditQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  chain?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  fromSeq?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  toSeq?: number;
}

export class ChainHeadDto {
  @ApiProperty({ type: 'integer' })
  chain: number;
  @ApiProperty({ type: 'integer' })
  seq: number;
  hash: string;
}

export class ChainPositionDto {
  @ApiProperty({ type: 'integer' })
  chain: number;
  @ApiProperty({ type: 'integer' })
  seq: number;
}

export class VerificationDto {
  valid: boolean;
  @ApiProperty({ type: 'integer' })
  checked: number;
  @ApiProperty({ type: [ChainHeadDto] })
  heads: ChainHeadDto[];
  @ApiPropertyOptional({ type: ChainPositionDto })
  firstInvalid?: ChainPositionDto;
}

export class CheckpointDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ type: [ChainHeadDto] })
  heads: ChainHeadDto[];
  /** RFC 6962 Merkle root (hex) over the canonical JSON of each head, in chain order. */
  root: string;
  @ApiProperty({ format: 'date-time' })
  signedAt: string;
  /** Ed25519 signature (base64) over canonical JSON of {heads, root, signedAt}. */
  signature: string;
  keyId: string;
}

export class CheckpointListDto {
  @ApiProperty({ type: [CheckpointDto] })
  items: CheckpointDto[];
}

export class PublicKeyDto {
  @ApiProperty({ enum: ['Ed25519'] })
  algorithm: 'Ed25519';
  keyId: string;
  /** SubjectPublicKeyInfo PEM. */
  publicKeyPem: string;
}
