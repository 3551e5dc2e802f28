import { ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@bei-hub/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';

/** Send only the fields to change. Needs `If-Match` with the ETag from GET. */
export class UpdateUserDto {
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  /** false deactivates the account: it cannot sign in and its sessions end. */
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
