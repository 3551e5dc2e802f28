import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { Scopes } from '../auth/scopes.guard';
import { UUID_PARAM } from '../common/http/uuid-param';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import {
  CreatedWebhookEndpointDto,
  CreateWebhookEndpointDto,
  WebhookDeliveryListDto,
  WebhookEndpointListDto,
} from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('webhooks')
@ApiBearerAuth()
@ApiProblems(401, 403, 429)
@Roles('admin')
@Scopes('webhooks:manage')
@Controller('webhook-endpoints')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @ApiOperation({ summary: 'Webhook endpoints' })
  @ApiOkResponse({ type: WebhookEndpointListDto })
  @Get()
  listWebhookEndpoints(): Promise<WebhookEndpointListDto> {
    return this.webhooks.list();
  }

  @ApiOperation({ summary: 'Add an endpoint; the signing secret is in this response only' })
  @ApiCreatedResponse({ type: CreatedWebhookEndpointDto })
  @ApiProblems(400)
  @Post()
  createWebhookEndpoint(
    @Body() body: CreateWebhookEndpointDto,
  ): Promise<CreatedWebhookEndpointDto> {
    return this.webhooks.create(body);
  }

  @ApiOperation({ summary: 'Remove an endpoint' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  @Delete(':id')
  @HttpCode(204)
  deleteWebhookEndpoint(@Param('id', UUID_PARAM) id: string): Promise<void> {
    return this.webhooks.remove(id);
  }

  @ApiOperation({ summary: 'The delivery log of an endpoint, newest first' })
  @ApiOkResponse({ type: WebhookDeliveryListDto })
  @ApiProblems(400, 404)
  @Get(':id/deliveries')
  listWebhookDeliveries(@Param('id', UUID_PARAM) id: string): Promise<WebhookDeliveryListDto> {
    return this.webhooks.deliveries(id);
  }

  @ApiOperation({ summary: 'Retry a delivery now (re-enables a disabled endpoint)' })
  @ApiAcceptedResponse()
  @ApiProblems(400, 404)
  @Post(':id/deliveries/:deliveryId/retry')
  @HttpCode(202)
  retryWebhookDelivery(
    @Param('id', UUID_PARAM) id: string,
    @Param('deliveryId', UUID_PARAM) deliveryId: string,
  ): Promise<void> {
    return this.webhooks.retry(id, deliveryId);
  }
}
