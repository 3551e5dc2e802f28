import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { UUID_PARAM } from '../common/http/uuid-param';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import {
  CreateLegalHoldDto,
  LegalHoldDto,
  LegalHoldListDto,
  ListLegalHoldsQueryDto,
  ReleaseLegalHoldDto,
} from './dto/legal-hold.dto';
import { CreateDisclosureDto, DisclosureDto, DisclosureListDto } from './dto/disclosure.dto';
import { DisclosuresService } from './disclosures.service';
import { LegalHoldsService } from './legal-holds.service';
import { Scopes } from '../auth/scopes.guard';

@ApiTags('privacy')
@ApiBearerAuth()
@ApiProblems(401, 403, 429)
@Scopes('privacy:read')
@Controller()
export class LegalRegistersController {
  constructor(
    private readonly holds: LegalHoldsService,
    private readonly disclosures: DisclosuresService,
  ) {}

  @ApiOperation({ summary: 'Legal holds, active first' })
  @ApiOkResponse({ type: LegalHoldListDto })
  @ApiProblems(400)
  @Roles('admin', 'privacy_officer', 'manager', 'auditor')
  @Get('legal-holds')
  listLegalHolds(@Query() query: ListLegalHoldsQueryDto): Promise<LegalHoldListDto> {
    return this.holds.list(query.customerId);
  }

  @ApiOperation({
    summary: 'Place a legal hold: the customer cannot be erased until it is released',
  })
  @ApiCreatedResponse({ type: LegalHoldDto })
  @ApiProblems(400, 404)
  @Roles('admin', 'privacy_officer')
  @Post('legal-holds')
  @Scopes('privacy:write')
  createLegalHold(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: CreateLegalHoldDto,
  ): Promise<LegalHoldDto> {
    return this.holds.create(principal, body);
  }

  @ApiOperation({ summary: 'Release a legal hold' })
  @ApiOkResponse({ type: LegalHoldDto })
  @ApiProblems(400, 404, 409)
  @Roles('admin', 'privacy_officer')
  @Post('legal-holds/:id/release')
  @HttpCode(200)
  @Scopes('privacy:write')
  releaseLegalHold(
    @Param('id', UUID_PARAM) id: string,
    @Body() body: ReleaseLegalHoldDto,
  ): Promise<LegalHoldDto> {
    return this.holds.release(id, body.note);
  }

  @ApiOperation({ summary: 'The disclosure ledger' })
  @ApiOkResponse({ type: DisclosureListDto })
  @Roles('admin', 'privacy_officer', 'manager', 'auditor')
  @Get('disclosures')
  listDisclosures(): Promise<DisclosureListDto> {
    return this.disclosures.list();
  }

  @ApiOperation({ summary: 'Record a disclosure of customers’ data to a recipient' })
  @ApiCreatedResponse({ type: DisclosureDto })
  @ApiProblems(400)
  @Roles('admin', 'privacy_officer')
  @Post('disclosures')
  @Scopes('privacy:write')
  createDisclosure(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: CreateDisclosureDto,
  ): Promise<DisclosureDto> {
    return this.disclosures.create(principal, body);
  }

  @ApiOperation({ summary: 'Disclosures that included this customer' })
  @ApiOkResponse({ type: DisclosureListDto })
  @ApiProblems(400, 404)
  @Roles('admin', 'privacy_officer', 'manager', 'auditor', 'sales')
  @Get('customers/:id/disclosures')
  listCustomerDisclosures(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<DisclosureListDto> {
    return this.disclosures.forCustomer(principal, id);
  }
}
