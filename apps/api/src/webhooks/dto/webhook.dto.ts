import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches, MaxLength } from 'class-validator';

export class CreateWebhookEndpointDto {
  @ApiProperty({ example: 'https://erp.example.co.id/hooks/bei' })
  @IsString()
  @MaxLength(2000)
  url: string;

  /** Event types (`order.approved`), prefixes (`order.*`) or `*`. */
  @ApiProperty({ type: [String], example: ['order.*', 'customer.created'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(/^(\*|[a-z_]+\.(\*|[a-z_]+))$/, {
    each: true,
    message: 'each event must look like order.approved, order.* or *',
  })
  events: string[];
}

export class WebhookEndpointDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  url: string;
  @ApiProperty({ type: [String] })
  events: string[];
  active: boolean;
  /** Why delivery stopped, when it did. */
  @ApiProperty({ type: String, nullable: true })
  disabledReason: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class CreatedWebhookEndpointDto extends WebhookEndpointDto {
  /** Shown once: verify `webhook-signature` with it (Standard Webhooks). */
  secret: string;
}

export class WebhookEndpointListDto {
  @ApiProperty({ type: [WebhookEndpointDto] })
  items: WebhookEndpointDto[];
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  /** The `webhook-id` header: the event's id. */
  @ApiProperty({ format: 'uuid' })
  eventId: string;
  eventType: string;
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed'] })
  status: string;
  @ApiProperty({ type: 'integer' })
  attempts: number;
  @ApiProperty({ type: 'integer', nullable: true })
  lastStatusCode: number | null;
  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deliveredAt: string | null;
}

export class WebhookDeliveryListDto {
  @ApiProperty({ type: [WebhookDeliveryDto] })
  items: WebhookDeliveryDto[];
}
