import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { etagFor, versionFromIfMatch } from '../common/http/etag';
import { UUID_PARAM } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { ListOrdersQueryDto } from './dto/list-orders-query.dto';
import { FulfilOrderDto, OrderNoteDto, ReceiveOrderDto } from './dto/order-actions.dto';
import { CreateOrderDto, UpdateOrderDto } from './dto/order-input.dto';
import { OrderPageDto, OrderResponseDto } from './dto/order-response.dto';
import { OrdersService } from './orders.service';
import { Scopes } from '../auth/scopes.guard';

const WRITERS = ['admin', 'manager', 'sales'] as const;

@ApiTags('orders')
@ApiBearerAuth()
@ApiProblems(401, 403, 429)
@Roles('admin', 'manager', 'sales', 'privacy_officer')
@Scopes('orders:read')
@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @ApiOperation({ summary: 'List sale and purchase orders (sales reps: their customers’ orders)' })
  @ApiOkResponse({ type: OrderPageDto })
  @ApiProblems(400)
  @Get()
  listOrders(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: ListOrdersQueryDto,
  ): Promise<OrderPageDto> {
    return this.orders.list(principal, query);
  }

  @ApiOperation({ summary: 'Create a draft sale or purchase order (Idempotency-Key honoured)' })
  @ApiCreatedResponse({
    type: OrderResponseDto,
    headers: { Location: { schema: { type: 'string' } }, ETag: { schema: { type: 'string' } } },
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Replays the first response for 24 h.',
  })
  @ApiProblems(400, 404, 409, 422)
  @Roles(...WRITERS)
  @Idempotent()
  @Post()
  @Scopes('orders:write')
  async createOrder(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: CreateOrderDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderResponseDto> {
    const order = await this.orders.create(principal, body);
    reply.header('Location', `/api/v1/orders/${order.id}`).header('ETag', etagFor(order.version));
    return order;
  }

  @ApiOperation({ summary: 'Get one order with lines, risk and allocations' })
  @ApiOkResponse({ type: OrderResponseDto, headers: { ETag: { schema: { type: 'string' } } } })
  @ApiProblems(400, 404)
  @Get(':id')
  async getOrder(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderResponseDto> {
    const order = await this.orders.get(principal, id);
    reply.header('ETag', etagFor(order.version));
    return order;
  }

  @ApiOperation({ summary: 'Change a draft order; needs If-Match' })
  @ApiOkResponse({ type: OrderResponseDto, headers: { ETag: { schema: { type: 'string' } } } })
  @ApiHeader({ name: 'If-Match', required: true })
  @ApiProblems(400, 404, 409, 412, 428)
  @Roles(...WRITERS)
  @Patch(':id')
  @Scopes('orders:write')
  async updateOrder(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateOrderDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderResponseDto> {
    const order = await this.orders.update(principal, id, versionFromIfMatch(ifMatch), body);
    reply.header('ETag', etagFor(order.version));
    return order;
  }

  /** Sale: runs the licence gate and customer checks (422), scores risk, and ends `approved` or `on_review`. */
  @ApiOperation({ summary: 'Submit a draft' })
  @ApiOkResponse({ type: OrderResponseDto })
  @ApiProblems(400, 404, 409, 422)
  @Roles(...WRITERS)
  @Post(':id/submit')
  @HttpCode(200)
  @Scopes('orders:write')
  submitOrder(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<OrderResponseDto> {
    return this.orders.act(principal, id, 'submit');
  }

  @ApiOperation({ summary: 'Approve (a purchase order, or a sale order on review)' })
  @ApiOkResponse({ type: OrderResponseDto })
  @ApiProblems(400, 404, 409)
  @Roles('admin', 'manager')
  @Post(':id/approve')
  @HttpCode(200)
  @Scopes('orders:write')
  approveOrder(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Body() body: OrderNoteDto,
  ): Promise<OrderResponseDto> {
    return this.orders.act(principal, id, 'approve', body ?? {});
  }

  /** Allocates lots first-expiry-first-out unless `allocations` are given; short stock → 409. */
  @ApiOperation({ summary: 'Fulfil an approved sale order' })
  @ApiOkResponse({ type: OrderResponseDto })
  @ApiProblems(400, 404, 409)
  @Roles('admin', 'manager')
  @Post(':id/fulfil')
  @HttpCode(200)
  @Scopes('orders:write')
  fulfilOrder(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Body() body: FulfilOrderDto,
  ): Promise<OrderResponseDto> {
    return this.orders.act(principal, id, 'fulfil', body ?? {});
  }

  @ApiOperation({ summary: 'Invoice a fulfilled sale order' })
  @ApiOkResponse({ type: OrderResponseDto })
  @ApiProblems(400, 404, 409)
  @Roles('admin', 'manager')
  @Post(':id/invoice')
  @HttpCode(200)
  @Scopes('orders:write')
  invoiceOrder(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<OrderResponseDto> {
    return this.orders.act(principal, id, 'invoice');
  }

  @ApiOperation({ summary: 'Record payment of an invoiced sale order' })
  @ApiOkResponse({ type: OrderResponseDto })
  @ApiProblems(400, 404, 409)
  @Roles('admin', 'manager')
  @Post(':id/pay')
  @HttpCode(200)
  @Scopes('orders:write')
  payOrder(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<OrderResponseDto> {
    return this.orders.act(principal, id, 'pay');
  }

  @ApiOperation({ summary: 'Cancel an order before fulfilment or receipt' })
  @ApiOkResponse({ type: OrderResponseDto })
  @ApiProblems(400, 404, 409)
  @Roles(...WRITERS)
  @Post(':id/cancel')
  @HttpCode(200)
  @Scopes('orders:write')
  cancelOrder(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Body() body: OrderNoteDto,
  ): Promise<OrderResponseDto> {
    return this.orders.act(principal, id, 'cancel', body ?? {});
  }

  /** Adds the received lots to stock; quantities must match the order. */
  @ApiOperation({ summary: 'Receive an approved purchase order' })
  @ApiOkResponse({ type: OrderResponseDto })
  @ApiProblems(400, 404, 409)
  @Roles('admin', 'manager')
  @Post(':id/receive')
  @HttpCode(200)
  @Scopes('orders:write')
  receiveOrder(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id', UUID_PARAM) id: string,
    @Body() body: ReceiveOrderDto,
  ): Promise<OrderResponseDto> {
    return this.orders.act(principal, id, 'receive', body);
  }
}
