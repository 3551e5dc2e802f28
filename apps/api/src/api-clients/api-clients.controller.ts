import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { UUID_PARAM } from '../common/http/uuid-param';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { ApiClientsService } from './api-clients.service';
import { ApiClientListDto, CreateApiClientDto, CreatedApiClientDto } from './dto/api-client.dto';

@ApiTags('api-clients')
@ApiBearerAuth()
@ApiProblems(401, 403, 429)
@Roles('admin')
@Controller('api-clients')
export class ApiClientsController {
  constructor(private readonly clients: ApiClientsService) {}

  @ApiOperation({ summary: 'API clients with their scopes and when they were last used (admin)' })
  @ApiOkResponse({ type: ApiClientListDto })
  @Get()
  listApiClients(): Promise<ApiClientListDto> {
    return this.clients.list();
  }

  @ApiOperation({ summary: 'Create an API client; the secret is in this response only (admin)' })
  @ApiCreatedResponse({ type: CreatedApiClientDto })
  @ApiProblems(400)
  @Post()
  createApiClient(@Body() body: CreateApiClientDto): Promise<CreatedApiClientDto> {
    return this.clients.create(body);
  }

  @ApiOperation({ summary: 'Revoke an API client: its tokens stop working at once (admin)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  @Delete(':id')
  @HttpCode(204)
  deleteApiClient(@Param('id', UUID_PARAM) id: string): Promise<void> {
    return this.clients.revoke(id);
  }
}
