import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/http/page-query.dto';

export class ListUsersQueryDto extends PageQueryDto {
  /** Matches name or e-mail, case-insensitive. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
