import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { PageQueryDto } from '../common/http/page-query.dto';
import { UUID_PARAM } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { AudiencesService } from './audiences.service';
import { ConsentService } from './consent.service';
import {
  ConsentEventDto,
  ConsentHistoryDto,
  ConsentPurposeDto,
  ConsentPurposeListDto,
  ConsentStateListDto,
  CreateConsentPurposeDto,
  RecordConsentDto,
} from './dto/consent.dto';
import {
  CreatePrivacyNoticeDto,
  PrivacyNoticeDto,
  PrivacyNoticeListDto,
} from './dto/privacy-notice.dto';
import {
  AudiencePageDto,
  CreateSuppressionDto,
  LiftSuppressionDto,
  ListSuppressionsQueryDto,
  SuppressionDto,
  SuppressionPageDto,
  UnsubscribeLinkDto,
  UnsubscribeLinkRequestDto,
} from './dto/suppression.dto';
import { PrivacyNoticesService } from './privacy-notices.service';
import { SuppressionsService } from './suppressions.service';
import { UnsubscribeService } from './unsubscribe.service';
import { Scopes } from '../auth/scopes.guard';

const READERS = ['admin', 'manager', 'sales', 'privacy_officer', 'auditor'] as const;
const RECORDERS = ['admin', 'manager', 'sales', 'privacy_officer'] as const;

@ApiTags('consent')
@ApiBearerAuth()
@ApiProblems(401, 403, 429)
@Scopes('consent:read')
@Controller()
export class ConsentController {
  constructor(
    private readonly consent: ConsentService,
    private readonly notices: PrivacyNoticesService,
    private readonly suppressions: SuppressionsService,
    private readonly audiences: AudiencesService,
    private readonly unsubscribe: UnsubscribeService,
  ) {}

  @ApiOperation({ summary: 'Consent purposes with their channel and legal basis' })
  @ApiOkResponse({ type: ConsentPurposeListDto })
  @Roles(...READERS)
  @Get('consent/purposes')
  listConsentPurposes(): Promise<ConsentPurposeListDto> {
    return this.consent.purposes();
  }

  @ApiOperation({ summary: 'Add a consent purpose (admin)' })
  @ApiCreatedResponse({ type: ConsentPurposeDto })
  @ApiProblems(400, 409)
  @Roles('admin')
  @Post('consent/purposes')
  @Scopes()
  createConsentPurpose(@Body() body: CreateConsentPurposeDto): Promise<ConsentPurposeDto> {
    return this.consent.addPurpose(body);
  }

  @ApiOperation({
    summary:
      'Contact list for a purpose: consented, active, not objecting, not suppressed (audited)',
  })
  @ApiOkResponse({ type: AudiencePageDto })
  @ApiProblems(400, 422)
  @Roles('admin', 'manager', 'privacy_officer')
  @Get('consent/audiences/:purpose')
  listAudience(
    @Param('purpose') purpose: string,
    @Query() query: PageQueryDto,
  ): Promise<AudiencePageDto> {
    return this.audiences.page(purpose, query.limit, query.cursor);
  }

  @ApiOperation({ summary: 'Privacy notice versions, newest first' })
  @ApiOkResponse({ type: PrivacyNoticeListDto })
  @Roles(...READERS)
  @Get('privacy-notices')
  listPrivacyNotices(): Promise<PrivacyNoticeListDto> {
    return this.notices.list();
  }

  @ApiOperation({ summary: 'Publish a new privacy notice version (immutable once published)' })
  @ApiCreatedResponse({ type: PrivacyNoticeDto })
  @ApiProblems(400, 409)
  @Roles('admin', 'privacy_officer')
  @Idempotent()
  @Post('privacy-notices')
  @Scopes('privacy:write')
  createPrivacyNotice(@Body() body: CreatePrivacyNoticeDto): Promise<PrivacyNoticeDto> {
    return this.notices.create(body);
  }

  @ApiOperation({ summary: 'Record a consent grant or withdrawal (appends an event)' })
  @ApiCreatedResponse({ type: ConsentEventDto })
  @ApiProblems(400, 404, 422)
  @Roles(...RECORDERS)
  @Idempotent()
  @Post('customers/:id/consents')
  @Scopes('consent:write')
  recordConsent(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Body() body: RecordConsentDto,
  ): Promise<ConsentEventDto> {
    return this.consent.record(principal, id, body);
  }

  @ApiOperation({ summary: 'Current consent per purpose (never asked = not granted)' })
  @ApiOkResponse({ type: ConsentStateListDto })
  @ApiProblems(400, 404)
  @Roles(...READERS)
  @Get('customers/:id/consents')
  listConsents(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<ConsentStateListDto> {
    return this.consent.state(principal, id);
  }

  @ApiOperation({ summary: 'Every consent event of a customer, oldest first' })
  @ApiOkResponse({ type: ConsentHistoryDto })
  @ApiProblems(400, 404)
  @Roles(...READERS)
  @Get('customers/:id/consents/history')
  listConsentHistory(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<ConsentHistoryDto> {
    return this.consent.history(principal, id);
  }

  @ApiOperation({ summary: 'Create a no-login unsubscribe link for a customer and purpose' })
  @ApiCreatedResponse({ type: UnsubscribeLinkDto })
  @ApiProblems(400, 404)
  @Roles(...RECORDERS)
  @Post('customers/:id/unsubscribe-links')
  @Scopes('consent:write')
  createUnsubscribeLink(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Body() body: UnsubscribeLinkRequestDto,
    @Req() request: FastifyRequest,
  ): Promise<UnsubscribeLinkDto> {
    return this.unsubscribe.createLink(
      principal,
      id,
      body.purpose,
      `${request.protocol}://${request.host}`,
    );
  }

  @ApiOperation({ summary: 'Active suppressions (do-not-contact entries)' })
  @ApiOkResponse({ type: SuppressionPageDto })
  @ApiProblems(400)
  @Roles(...READERS)
  @Get('suppressions')
  listSuppressions(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: ListSuppressionsQueryDto,
  ): Promise<SuppressionPageDto> {
    return this.suppressions.list(principal, query);
  }

  @ApiOperation({ summary: 'Add a suppression for a customer or a raw e-mail/phone' })
  @ApiCreatedResponse({ type: SuppressionDto })
  @ApiProblems(400, 404)
  @Roles(...RECORDERS)
  @Idempotent()
  @Post('suppressions')
  @Scopes('consent:write')
  createSuppression(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: CreateSuppressionDto,
  ): Promise<SuppressionDto> {
    return this.suppressions.create(principal, body);
  }

  @ApiOperation({ summary: 'Lift a suppression (privacy officer, with a reason)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 409)
  @Roles('privacy_officer', 'admin')
  @Delete('suppressions/:id')
  @HttpCode(204)
  @Scopes()
  deleteSuppression(
    @Param('id', UUID_PARAM) id: string,
    @Body() body: LiftSuppressionDto,
  ): Promise<void> {
    return this.suppressions.lift(id, body.reason);
  }
}
