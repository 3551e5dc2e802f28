import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { etagFor, versionFromIfMatch } from '../common/http/etag';
import { UUID_PARAM } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { ValidationFailedError } from '../common/problem/domain-errors';
import { CustomerDuplicatesService } from './customer-duplicates.service';
import { CustomerExportService } from './customer-export.service';
import { CustomersService } from './customers.service';
import { CreateCustomerDto } from './dto/create-customer.dto';
import { CustomerPageDto, CustomerResponseDto } from './dto/customer-response.dto';
import { DuplicateListDto, FindDuplicatesDto } from './dto/duplicate.dto';
import { ListCustomersQueryDto } from './dto/list-customers-query.dto';
import { UpdateCustomerDto } from './dto/update-customer.dto';
import { Scopes } from '../auth/scopes.guard';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403, 429)
@Roles('admin', 'manager', 'sales', 'privacy_officer')
@Scopes('customers:read')
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly duplicates: CustomerDuplicatesService,
    private readonly exports: CustomerExportService,
  ) {}

  @ApiOperation({ summary: 'List and search doctors and clinics (sales reps see their own)' })
  @ApiOkResponse({ type: CustomerPageDto })
  @ApiProblems(400)
  @Get()
  listCustomers(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: ListCustomersQueryDto,
  ): Promise<CustomerPageDto> {
    return this.customers.list(principal, query);
  }

  @ApiOperation({ summary: 'Export your customers as CSV (streamed; audited as a bulk export)' })
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'format', enum: ['csv'], required: false })
  @ApiOkResponse({
    description: 'CSV, one customer per row; no NIK or NPWP.',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiProblems(400)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="customers.csv"')
  @Get('export')
  async exportCustomers(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query('format') format?: string,
  ): Promise<StreamableFile> {
    if (format !== undefined && format !== 'csv')
      throw new ValidationFailedError([{ field: 'format', message: 'must be csv' }]);
    return new StreamableFile(await this.exports.exportCsv(principal), {
      type: 'text/csv; charset=utf-8',
    });
  }

  @ApiOperation({ summary: 'Find existing customers a new record may duplicate' })
  @ApiOkResponse({ type: DuplicateListDto })
  @ApiProblems(400)
  @Post('duplicate-candidates')
  @HttpCode(200)
  findDuplicateCandidates(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: FindDuplicatesDto,
  ): Promise<DuplicateListDto> {
    return this.duplicates.forDraft(principal, body);
  }

  @ApiOperation({ summary: 'Create a doctor or clinic' })
  @ApiCreatedResponse({
    type: CustomerResponseDto,
    headers: { Location: { schema: { type: 'string' } }, ETag: { schema: { type: 'string' } } },
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Replays the first response for 24 h.',
  })
  @ApiProblems(400, 409, 422)
  @Roles('admin', 'manager', 'sales')
  @Idempotent()
  @Post()
  @Scopes('customers:write')
  async createCustomer(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: CreateCustomerDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerResponseDto> {
    const customer = await this.customers.create(principal, body);
    reply
      .header('Location', `/api/v1/customers/${customer.id}`)
      .header('ETag', etagFor(customer.version));
    return customer;
  }

  @ApiOperation({ summary: 'Get one customer (audited as an access to personal data)' })
  @ApiOkResponse({ type: CustomerResponseDto, headers: { ETag: { schema: { type: 'string' } } } })
  @ApiProblems(400, 404)
  @Get(':id')
  async getCustomer(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerResponseDto> {
    const customer = await this.customers.get(principal, id);
    reply.header('ETag', etagFor(customer.version));
    return customer;
  }

  @ApiOperation({ summary: 'Change a customer; needs If-Match' })
  @ApiOkResponse({ type: CustomerResponseDto, headers: { ETag: { schema: { type: 'string' } } } })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag from GET.' })
  @ApiProblems(400, 404, 409, 412, 428)
  @Roles('admin', 'manager', 'sales')
  @Patch(':id')
  @Scopes('customers:write')
  async updateCustomer(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateCustomerDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerResponseDto> {
    const customer = await this.customers.update(principal, id, versionFromIfMatch(ifMatch), body);
    reply.header('ETag', etagFor(customer.version));
    return customer;
  }

  @ApiOperation({
    summary: 'Likely duplicates of a customer, with a score and the fields that matched',
  })
  @ApiOkResponse({ type: DuplicateListDto })
  @ApiProblems(400, 404)
  @Get(':id/duplicates')
  listCustomerDuplicates(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<DuplicateListDto> {
    return this.duplicates.forCustomer(principal, id);
  }
}
