import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@bei-hub/domain';

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'email' })
  email: string;
  name: string;
  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];
}

/** An access token for the Authorization header; the refresh token travels in an httpOnly cookie. */
export class SessionResponseDto {
  accessToken: string;
  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';
  /** Seconds until the access token expires (at most 900). */
  @ApiProperty({ type: 'integer' })
  expiresIn: number;
  user: SessionUserDto;
}
