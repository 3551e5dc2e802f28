import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { Scopes } from '../auth/scopes.guard';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { AnalyticsService } from './analytics.service';
import { DateRangeQueryDto, SalesQueryDto, SalesReportDto } from './dto/analytics.dto';

@ApiTags('analytics')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 429)
@Roles('admin', 'manager')
@Scopes('analytics:read')
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @ApiOperation({
    summary:
      'Sales by month, province, specialty, product or customer type; groups under k customers suppressed',
  })
  @ApiOkResponse({ type: SalesReportDto })
  @Get('sales')
  getSalesReport(@Query() query: SalesQueryDto): Promise<SalesReportDto> {
    return this.analytics.sales(query);
  }

  @ApiOperation({
    summary:
      'De-identified order lines as NDJSON: keyed pseudonyms, province, specialty — no names or contacts',
  })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ content: { 'application/x-ndjson': { schema: { type: 'string' } } } })
  @Get('deidentified-orders')
  async exportDeidentifiedOrders(@Query() query: DateRangeQueryDto): Promise<StreamableFile> {
    return new StreamableFile(await this.analytics.deidentifiedOrders(query), {
      type: 'application/x-ndjson; charset=utf-8',
      disposition: 'attachment; filename="deidentified-orders.ndjson"',
    });
  }
}
