import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/http/page-query.dto';

export const SUPPRESSION_CHANNELS = ['email', 'sms', 'whatsapp', 'phone', 'mail', 'all'] as const;

/** Do-not-contact on a channel, for a customer or for a raw e-mail address or phone number. */
export class CreateSuppressionDto {
  @ApiProperty({ enum: SUPPRESSION_CHANNELS })
  @IsIn(SUPPRESSION_CHANNELS)
  channel: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  /** An e-mail address or phone number that may not be a customer yet. */
  @IsOptional()
  @IsString()
  @MaxLength(254)
  value?: string;

  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

export class LiftSuppressionDto {
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

export class SuppressionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: SUPPRESSION_CHANNELS })
  channel: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  customerId: string | null;
  @ApiProperty({ type: String, nullable: true })
  value: string | null;
  reason: string;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class SuppressionPageDto {
  @ApiProperty({ type: [SuppressionDto] })
  items: SuppressionDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class ListSuppressionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SUPPRESSION_CHANNELS })
  @IsOptional()
  @IsIn(SUPPRESSION_CHANNELS)
  channel?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;
}

export class UnsubscribeLinkRequestDto {
  @IsString()
  @MaxLength(50)
  purpose: string;
}

export class UnsubscribeLinkDto {
  /** Send this in the message; it works without a login. */
  url: string;
  token: string;
}

export class AudienceMemberDto {
  @ApiProperty({ format: 'uuid' })
  customerId: string;
  name: string;
  /** The address or number for the purpose's channel. */
  contact: string;
}

export class AudiencePageDto {
  @ApiProperty({ type: [AudienceMemberDto] })
  items: AudienceMemberDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
