import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@bei-hub/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsIn,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';

export class CreateUserDto {
  @ApiProperty({ format: 'email', example: 'rina.wulandari@bei.co.id' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Rina Wulandari' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  /** At least 12 characters. Stored as an argon2id hash. */
  @ApiProperty({ minLength: 12, maxLength: 200, writeOnly: true })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['sales'] })
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];
}
