import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
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
import { Roles } from '../auth/auth.decorators';
import { etagFor, versionFromIfMatch } from '../common/http/etag';
import { UUID_PARAM } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { ValidationFailedError } from '../common/problem/domain-errors';
import { LotTraceDto } from './dto/lot-trace.dto';
import {
  CreateProductDto,
  ListProductsQueryDto,
  LotListDto,
  ProductPageDto,
  ProductResponseDto,
  UpdateProductDto,
} from './dto/product.dto';
import { CreateSupplierDto, SupplierListDto, SupplierResponseDto } from './dto/supplier.dto';
import { LotTraceService } from './lot-trace.service';
import { ProductsService } from './products.service';
import { SuppliersService } from './suppliers.service';
import { Scopes } from '../auth/scopes.guard';

@ApiTags('catalog')
@ApiBearerAuth()
@ApiProblems(401, 403, 429)
@Scopes('orders:read')
@Controller()
export class CatalogController {
  constructor(
    private readonly products: ProductsService,
    private readonly suppliers: SuppliersService,
    private readonly lots: LotTraceService,
  ) {}

  @ApiOperation({ summary: 'List products' })
  @ApiOkResponse({ type: ProductPageDto })
  @ApiProblems(400)
  @Roles('admin', 'manager', 'sales')
  @Get('products')
  listProducts(@Query() query: ListProductsQueryDto): Promise<ProductPageDto> {
    return this.products.list(query);
  }

  @ApiOperation({ summary: 'Add a product (admin)' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Replays the first response for 24 h.',
  })
  @ApiCreatedResponse({ type: ProductResponseDto })
  @ApiProblems(400, 409)
  @Roles('admin')
  @Idempotent()
  @Post('products')
  @Scopes()
  async createProduct(
    @Body() body: CreateProductDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductResponseDto> {
    const product = await this.products.create(body);
    reply
      .header('Location', `/api/v1/products/${product.id}`)
      .header('ETag', etagFor(product.version));
    return product;
  }

  @ApiOperation({ summary: 'Get one product' })
  @ApiOkResponse({ type: ProductResponseDto })
  @ApiProblems(400, 404)
  @Roles('admin', 'manager', 'sales')
  @Get('products/:id')
  async getProduct(
    @Param('id', UUID_PARAM) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductResponseDto> {
    const product = await this.products.get(id);
    reply.header('ETag', etagFor(product.version));
    return product;
  }

  @ApiOperation({ summary: 'Change a product (admin); needs If-Match' })
  @ApiOkResponse({ type: ProductResponseDto })
  @ApiHeader({ name: 'If-Match', required: true })
  @ApiProblems(400, 404, 409, 412, 428)
  @Roles('admin')
  @Patch('products/:id')
  @Scopes()
  async updateProduct(
    @Param('id', UUID_PARAM) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateProductDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductResponseDto> {
    const product = await this.products.update(id, versionFromIfMatch(ifMatch), body);
    reply.header('ETag', etagFor(product.version));
    return product;
  }

  @ApiOperation({ summary: 'Lots of a product, first expiry first' })
  @ApiOkResponse({ type: LotListDto })
  @ApiProblems(400, 404)
  @Roles('admin', 'manager', 'sales')
  @Get('products/:id/lots')
  listProductLots(@Param('id', UUID_PARAM) id: string): Promise<LotListDto> {
    return this.products.lots(id);
  }

  @ApiOperation({ summary: 'List suppliers' })
  @ApiOkResponse({ type: SupplierListDto })
  @Roles('admin', 'manager')
  @Get('suppliers')
  listSuppliers(): Promise<SupplierListDto> {
    return this.suppliers.list();
  }

  @ApiOperation({ summary: 'Add a supplier (admin)' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Replays the first response for 24 h.',
  })
  @ApiCreatedResponse({ type: SupplierResponseDto })
  @ApiProblems(400)
  @Roles('admin')
  @Idempotent()
  @Post('suppliers')
  @Scopes()
  createSupplier(@Body() body: CreateSupplierDto): Promise<SupplierResponseDto> {
    return this.suppliers.create(body);
  }

  @ApiOperation({
    summary: 'Trace a lot: where it came from and every customer it went to (recall)',
  })
  @ApiOkResponse({ type: LotTraceDto })
  @ApiProblems(404)
  @Roles('admin', 'manager')
  @Get('lots/:lotNumber/trace')
  traceLot(@Param('lotNumber') lotNumber: string): Promise<LotTraceDto> {
    return this.lots.trace(lotNumber);
  }

  @ApiOperation({
    summary: 'Recall contact list for a lot as CSV (service message: ignores marketing opt-outs)',
  })
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'format', enum: ['csv'], required: false })
  @ApiOkResponse({ content: { 'text/csv': { schema: { type: 'string' } } }, description: 'CSV' })
  @ApiProblems(400, 404)
  @Roles('admin', 'manager')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Get('lots/:lotNumber/recall')
  async exportLotRecall(
    @Param('lotNumber') lotNumber: string,
    @Query('format') format?: string,
  ): Promise<StreamableFile> {
    if (format !== undefined && format !== 'csv')
      throw new ValidationFailedError([{ field: 'format', message: 'must be csv' }]);
    return new StreamableFile(await this.lots.recallCsv(lotNumber), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="recall-${encodeURIComponent(lotNumber)}.csv"`,
    });
  }
}
