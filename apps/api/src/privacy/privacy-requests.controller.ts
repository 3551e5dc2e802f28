import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { UUID_PARAM } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { ValidationFailedError } from '../common/problem/domain-errors';
import {
  CreatePrivacyRequestDto,
  ErasurePlanDto,
  FulfilPrivacyRequestDto,
  ListPrivacyRequestsQueryDto,
  PrivacyRequestDto,
  PrivacyRequestPageDto,
  RejectPrivacyRequestDto,
  VerifyPrivacyRequestDto,
} from './dto/privacy-request.dto';
import { PrivacyRequestsService } from './privacy-requests.service';
import { SubjectAccessService } from './subject-access.service';
import { Scopes } from '../auth/scopes.guard';

const HANDLERS = ['privacy_officer', 'admin'] as const;

@ApiTags('privacy')
@ApiBearerAuth()
@ApiProblems(401, 403, 429)
@Roles('admin', 'privacy_officer', 'manager', 'auditor', 'sales')
@Scopes('privacy:read')
@Controller('privacy-requests')
export class PrivacyRequestsController {
  constructor(
    private readonly requests: PrivacyRequestsService,
    private readonly access: SubjectAccessService,
  ) {}

  @ApiOperation({
    summary: 'Record a data-subject request; the 72-hour clock starts at receivedAt',
  })
  @ApiCreatedResponse({ type: PrivacyRequestDto })
  @ApiProblems(400, 404)
  @Roles('admin', 'privacy_officer', 'sales')
  @Idempotent()
  @Post()
  @Scopes('privacy:write')
  createPrivacyRequest(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: CreatePrivacyRequestDto,
  ): Promise<PrivacyRequestDto> {
    return this.requests.create(principal, body);
  }

  @ApiOperation({ summary: 'List requests (overdue=true: open and past the 72-hour deadline)' })
  @ApiOkResponse({ type: PrivacyRequestPageDto })
  @ApiProblems(400)
  @Get()
  listPrivacyRequests(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: ListPrivacyRequestsQueryDto,
  ): Promise<PrivacyRequestPageDto> {
    return this.requests.list(principal, query);
  }

  @ApiOperation({ summary: 'Get one request' })
  @ApiOkResponse({ type: PrivacyRequestDto })
  @ApiProblems(400, 404)
  @Get(':id')
  getPrivacyRequest(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<PrivacyRequestDto> {
    return this.requests.get(principal, id);
  }

  @ApiOperation({ summary: 'Record how the subject’s identity was verified' })
  @ApiOkResponse({ type: PrivacyRequestDto })
  @ApiProblems(400, 404, 409)
  @Roles(...HANDLERS)
  @Post(':id/verify')
  @HttpCode(200)
  @Scopes('privacy:write')
  verifyPrivacyRequest(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Body() body: VerifyPrivacyRequestDto,
  ): Promise<PrivacyRequestDto> {
    return this.requests.verify(principal, id, body);
  }

  /** correction: `{changes}`; consent_withdrawal: `{purposes}`; deletion/anonymization: 409 under a legal hold. */
  @ApiOperation({ summary: 'Fulfil a verified request: changes the data as the request type says' })
  @ApiOkResponse({ type: PrivacyRequestDto })
  @ApiProblems(400, 404, 409)
  @Roles(...HANDLERS)
  @Post(':id/fulfil')
  @HttpCode(200)
  @Scopes('privacy:write')
  fulfilPrivacyRequest(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Body() body: FulfilPrivacyRequestDto,
  ): Promise<PrivacyRequestDto> {
    return this.requests.fulfil(principal, id, body ?? {});
  }

  @ApiOperation({ summary: 'Reject a request with a ground and a reason the subject can be given' })
  @ApiOkResponse({ type: PrivacyRequestDto })
  @ApiProblems(400, 404, 409)
  @Roles(...HANDLERS)
  @Post(':id/reject')
  @HttpCode(200)
  @Scopes('privacy:write')
  rejectPrivacyRequest(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Body() body: RejectPrivacyRequestDto,
  ): Promise<PrivacyRequestDto> {
    return this.requests.reject(principal, id, body);
  }

  @ApiOperation({
    summary: 'What an erasure of this request’s customer would delete, anonymise or keep, and why',
  })
  @ApiOkResponse({ type: ErasurePlanDto })
  @ApiProblems(400, 404)
  @Roles(...HANDLERS)
  @Get(':id/erasure-plan')
  getErasurePlan(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<ErasurePlanDto> {
    return this.access.erasurePlan(principal, id);
  }

  @ApiOperation({
    summary:
      'Access export: everything held about the customer, as JSON or printable bilingual HTML',
  })
  @ApiProduces('application/json', 'text/html')
  @ApiQuery({ name: 'format', enum: ['json', 'html'], required: false })
  @ApiOkResponse({
    description: 'The export',
    content: {
      'application/json': { schema: { type: 'object' } },
      'text/html': { schema: { type: 'string' } },
    },
  })
  @ApiProblems(400, 404, 409)
  @Roles(...HANDLERS)
  @Get(':id/export')
  @Scopes('privacy:write')
  async exportPrivacyRequest(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Query('format') format: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (format !== undefined && format !== 'json' && format !== 'html')
      throw new ValidationFailedError([{ field: 'format', message: 'must be json or html' }]);
    const exported = await this.access.export(principal, id, format === 'html' ? 'html' : 'json');
    reply
      .header('content-type', exported.contentType)
      .header('content-disposition', `attachment; filename="${exported.filename}"`)
      .header('cache-control', 'no-store')
      .send(exported.body);
  }
}
