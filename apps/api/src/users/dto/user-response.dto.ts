import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@bei-hub/domain';
import type { UserEntity } from '../user.entity';

export class UserResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'email' })
  email: string;
  name: string;
  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];
  /** Inactive users cannot sign in and their sessions are revoked. */
  active: boolean;
  @ApiProperty({ type: 'integer' })
  version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastLoginAt: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class UserPageDto {
  @ApiProperty({ type: [UserResponseDto] })
  items: UserResponseDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to get the next page; null on the last page.',
  })
  nextCursor: string | null;
}

export class SalesRepDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  name: string;
  @ApiProperty({ format: 'email' })
  email: string;
}

export class SalesRepListDto {
  @ApiProperty({ type: [SalesRepDto] })
  items: SalesRepDto[];
}

export function toUserResponse(user: UserEntity): UserResponseDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    active: user.active,
    version: user.version,
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
