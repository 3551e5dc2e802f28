import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { UUID_PARAM } from '../common/http/uuid-param';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { ListRiskReviewsQueryDto } from './dto/list-orders-query.dto';
import { RiskDecisionDto } from './dto/order-actions.dto';
import { OrderResponseDto, RiskReviewListDto } from './dto/order-response.dto';
import { OrdersService } from './orders.service';
import { RiskReviewsService } from './risk-reviews.service';
import { Scopes } from '../auth/scopes.guard';

@ApiTags('orders')
@ApiBearerAuth()
@ApiProblems(401, 403, 429)
@Roles('admin', 'manager')
@Scopes('orders:read')
@Controller('risk-reviews')
export class RiskReviewsController {
  constructor(
    private readonly reviews: RiskReviewsService,
    private readonly orders: OrdersService,
  ) {}

  @ApiOperation({ summary: 'Orders waiting for a person’s decision (or decided ones)' })
  @ApiOkResponse({ type: RiskReviewListDto })
  @ApiProblems(400)
  @Get()
  listRiskReviews(@Query() query: ListRiskReviewsQueryDto): Promise<RiskReviewListDto> {
    return this.reviews.list(query.status ?? 'pending');
  }

  /** approve → `approved`; reject → `cancelled`. The note is kept with the order. */
  @ApiOperation({ summary: 'Decide on an order under review' })
  @ApiOkResponse({ type: OrderResponseDto })
  @ApiProblems(400, 404, 409)
  @Post(':orderId/decision')
  @HttpCode(200)
  @Scopes()
  decideRiskReview(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('orderId', UUID_PARAM) orderId: string,
    @Body() body: RiskDecisionDto,
  ): Promise<OrderResponseDto> {
    return this.orders.decide(principal, orderId, body.decision, body.note);
  }
}
