import { Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles } from '../../auth/auth.decorators';
import type { AuthenticatedPrincipal } from '../../auth/principal';
import { UUID_PARAM } from '../../common/http/uuid-param';
import { ApiProblems } from '../../common/openapi/api-problems.decorator';
import { ValidationFailedError } from '../../common/problem/domain-errors';
import { CustomerImportDetailDto, CustomerImportDto } from '../dto/customer-import.dto';
import { CustomerImportsService } from './customer-imports.service';
import { Scopes } from '../../auth/scopes.guard';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403, 429)
@Roles('admin', 'manager', 'sales')
@Scopes('customers:write')
@Controller('customers/imports')
export class CustomerImportsController {
  constructor(private readonly imports: CustomerImportsService) {}

  /**
   * Starts an import of a CSV (UTF-8, header row). Columns: type, name, email, phone, whatsapp, nik, npwp,
   * specialty, address_line1, district, city, province, postal_code, str_number, str_valid_until, sip_number,
   * sip_valid_until, clinic_permit_number, clinic_permit_valid_until, credit_limit, notes.
   */
  @ApiOperation({ summary: 'Import customers from a CSV file (runs in the background)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiAcceptedResponse({ type: CustomerImportDto })
  @ApiProblems(400, 413, 415)
  @Post()
  @HttpCode(202)
  async importCustomers(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Req() request: FastifyRequest,
  ): Promise<CustomerImportDto> {
    if (!request.isMultipart())
      throw new ValidationFailedError([
        { field: 'file', message: 'send the CSV as multipart/form-data' },
      ]);
    const file = await request.file();
    if (!file || file.fieldname !== 'file')
      throw new ValidationFailedError([{ field: 'file', message: 'is required' }]);
    return this.imports.start(principal, (await file.toBuffer()).toString('utf8'));
  }

  @ApiOperation({ summary: 'Progress of an import, with the rows that failed' })
  @ApiOkResponse({ type: CustomerImportDetailDto })
  @ApiProblems(400, 404)
  @Get(':id')
  @Scopes('customers:read')
  getCustomerImport(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<CustomerImportDetailDto> {
    return this.imports.get(principal, id);
  }
}
