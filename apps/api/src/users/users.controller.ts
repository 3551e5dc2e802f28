import { Body, Controller, Get, Headers, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth/auth.decorators';
import { etagFor, versionFromIfMatch } from '../common/http/etag';
import { UUID_PARAM } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQueryDto } from './dto/list-users-query.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { SalesRepListDto, UserPageDto, UserResponseDto } from './dto/user-response.dto';
import { UsersService } from './users.service';

const uuid = UUID_PARAM;

@ApiTags('users')
@ApiBearerAuth()
@ApiProblems(401, 403, 429)
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiOperation({ summary: 'List employee accounts (admin)' })
  @ApiOkResponse({ type: UserPageDto })
  @ApiProblems(400)
  @Get()
  listUsers(@Query() query: ListUsersQueryDto): Promise<UserPageDto> {
    return this.users.list(query);
  }

  @ApiOperation({ summary: 'Active sales reps who can own customers (admin, manager)' })
  @ApiOkResponse({ type: SalesRepListDto })
  @Roles('admin', 'manager')
  @Get('sales-reps')
  listSalesReps(): Promise<SalesRepListDto> {
    return this.users.listSalesReps();
  }

  @ApiOperation({ summary: 'Create an employee account (admin)' })
  @ApiCreatedResponse({
    type: UserResponseDto,
    headers: { Location: { schema: { type: 'string' } }, ETag: { schema: { type: 'string' } } },
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Replays the first response for 24 h.',
  })
  @ApiProblems(400, 409, 422)
  @Idempotent()
  @Post()
  async createUser(
    @Body() body: CreateUserDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserResponseDto> {
    const user = await this.users.create(body);
    reply.header('Location', `/api/v1/users/${user.id}`).header('ETag', etagFor(user.version));
    return this.users.toResponse(user);
  }

  @ApiOperation({ summary: 'Get one employee account (admin)' })
  @ApiOkResponse({ type: UserResponseDto, headers: { ETag: { schema: { type: 'string' } } } })
  @ApiProblems(400, 404)
  @Get(':id')
  async getUser(
    @Param('id', uuid) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserResponseDto> {
    const user = await this.users.get(id);
    reply.header('ETag', etagFor(user.version));
    return this.users.toResponse(user);
  }

  @ApiOperation({ summary: 'Change name, roles or active (admin); needs If-Match' })
  @ApiOkResponse({ type: UserResponseDto, headers: { ETag: { schema: { type: 'string' } } } })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag from GET.' })
  @ApiProblems(400, 404, 409, 412, 428)
  @Patch(':id')
  async updateUser(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateUserDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserResponseDto> {
    const user = await this.users.update(id, versionFromIfMatch(ifMatch), body);
    reply.header('ETag', etagFor(user.version));
    return this.users.toResponse(user);
  }
}
