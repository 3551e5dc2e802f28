import { Body, Controller, Get, Param, Post } from '@nestjs/common';
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
import { CustomerAffiliationsService } from './customer-affiliations.service';
import {
  AffiliationListDto,
  AffiliationResponseDto,
  CreateAffiliationDto,
} from './dto/affiliation.dto';
import { Scopes } from '../auth/scopes.guard';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404, 429)
@Scopes('customers:read')
@Controller('customers/:id/affiliations')
export class CustomerAffiliationsController {
  constructor(private readonly affiliations: CustomerAffiliationsService) {}

  @ApiOperation({ summary: 'Clinics a doctor practises at, or doctors practising at a clinic' })
  @ApiOkResponse({ type: AffiliationListDto })
  @Roles('admin', 'manager', 'sales', 'privacy_officer')
  @Get()
  listAffiliations(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<AffiliationListDto> {
    return this.affiliations.list(principal, id);
  }

  @ApiOperation({ summary: 'Record that a doctor practises at a clinic' })
  @ApiCreatedResponse({ type: AffiliationResponseDto })
  @ApiProblems(409)
  @Roles('admin', 'manager', 'sales')
  @Post()
  @Scopes('customers:write')
  createAffiliation(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Body() body: CreateAffiliationDto,
  ): Promise<AffiliationResponseDto> {
    return this.affiliations.add(principal, id, body);
  }
}
