import { Controller, Get, Header, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { AuditChainVerifier } from './audit-chain-verifier';
import { AuditCheckpointsService } from './audit-checkpoints.service';
import { AuditQueryService } from './audit-query.service';
import {
  AuditEventPageDto,
  CheckpointDto,
  CheckpointListDto,
  ExportAuditEventsQueryDto,
  ListAuditEventsQueryDto,
  PublicKeyDto,
  VerificationDto,
  VerifyAuditQueryDto,
} from './dto/audit-event.dto';
import { Scopes } from '../auth/scopes.guard';

@ApiTags('audit')
@ApiBearerAuth()
@ApiProblems(401, 403, 429)
@Roles('auditor', 'admin')
@Scopes('audit:read')
@Controller()
export class AuditController {
  constructor(
    private readonly query: AuditQueryService,
    private readonly verifier: AuditChainVerifier,
    private readonly checkpoints: AuditCheckpointsService,
  ) {}

  @ApiOperation({
    summary: 'Audit events, newest first (privacy officer: events about data subjects)',
  })
  @ApiOkResponse({ type: AuditEventPageDto })
  @ApiProblems(400)
  @Roles('auditor', 'admin', 'privacy_officer')
  @Get('audit-events')
  listAuditEvents(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: ListAuditEventsQueryDto,
  ): Promise<AuditEventPageDto> {
    return this.query.list(principal, query);
  }

  @ApiOperation({
    summary: 'Export events in chain order as NDJSON or CSV (streamed, constant memory)',
  })
  @ApiProduces('application/x-ndjson', 'text/csv')
  @ApiOkResponse({
    content: {
      'application/x-ndjson': { schema: { type: 'string' } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiProblems(400)
  @Get('audit-events/export')
  async exportAuditEvents(@Query() query: ExportAuditEventsQueryDto): Promise<StreamableFile> {
    const csv = query.format === 'csv';
    return new StreamableFile(await this.query.export(query), {
      type: csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      disposition: `attachment; filename="audit-events.${csv ? 'csv' : 'ndjson'}"`,
    });
  }

  @ApiOperation({ summary: 'Recompute the hash chains and report the first bad {chain, seq}' })
  @ApiOkResponse({ type: VerificationDto })
  @ApiProblems(400)
  @Get('audit-events/verify')
  verifyAuditEvents(@Query() query: VerifyAuditQueryDto): Promise<VerificationDto> {
    return this.verifier.verify(query);
  }

  @ApiOperation({ summary: 'Signed checkpoints over the chain heads, newest first' })
  @ApiOkResponse({ type: CheckpointListDto })
  @Get('audit-checkpoints')
  async listAuditCheckpoints(): Promise<CheckpointListDto> {
    return { items: await this.checkpoints.list() };
  }

  @ApiOperation({ summary: 'Sign a checkpoint of the current heads now' })
  @ApiCreatedResponse({ type: CheckpointDto })
  @Post('audit-checkpoints')
  @HttpCode(201)
  createAuditCheckpoint(): Promise<CheckpointDto> {
    return this.checkpoints.create();
  }

  @ApiOperation({ summary: 'The Ed25519 public key that verifies checkpoints' })
  @ApiOkResponse({ type: PublicKeyDto })
  @Header('Cache-Control', 'public, max-age=300')
  @Get('audit-checkpoints/public-key')
  getAuditPublicKey(): PublicKeyDto {
    return this.checkpoints.publicKeyInfo();
  }
}
