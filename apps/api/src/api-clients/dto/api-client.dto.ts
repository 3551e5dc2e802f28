import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { API_SCOPES, type ApiScope } from '../../auth/principal';

export class CreateApiClientDto {
  @ApiProperty({ example: 'ERP sync' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: API_SCOPES, isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(API_SCOPES.length)
  @ArrayUnique()
  @IsIn(API_SCOPES, { each: true })
  scopes: ApiScope[];
}

export class ApiClientDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  name: string;
  /** Send as `client_id` to POST /api/v1/auth/token. */
  clientId: string;
  @ApiProperty({ enum: API_SCOPES, isArray: true })
  scopes: ApiScope[];
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastUsedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;
}

export class CreatedApiClientDto extends ApiClientDto {
  /** Shown once; only a hash is stored. */
  clientSecret: string;
}

export class ApiClientListDto {
  @ApiProperty({ type: [ApiClientDto] })
  items: ApiClientDto[];
}

/** RFC 6749 §4.4 access token request; form-encoded or JSON. Credentials may instead come as HTTP Basic. */
export class TokenRequestDto {
  @ApiProperty({ enum: ['client_credentials'] })
  grant_type: string;
  @ApiPropertyOptional()
  client_id?: string;
  @ApiPropertyOptional()
  client_secret?: string;
  @ApiPropertyOptional({
    description: 'Space-separated subset of the client’s scopes; all of them when absent.',
  })
  scope?: string;
}

export class TokenResponseDto {
  access_token: string;
  @ApiProperty({ enum: ['Bearer'] })
  token_type: 'Bearer';
  @ApiProperty({ type: 'integer' })
  expires_in: number;
  scope: string;
}

/** RFC 6749 §5.2 error body. */
export class OAuthErrorDto {
  @ApiProperty({
    enum: [
      'invalid_request',
      'invalid_client',
      'invalid_grant',
      'unauthorized_client',
      'unsupported_grant_type',
      'invalid_scope',
    ],
  })
  error: string;
  @ApiPropertyOptional()
  error_description?: string;
}
