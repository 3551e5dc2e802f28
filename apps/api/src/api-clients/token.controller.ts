import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { ApiClientsService } from './api-clients.service';
import { OAuthErrorDto, TokenRequestDto, TokenResponseDto } from './dto/api-client.dto';

/** Client id and secret from HTTP Basic (RFC 6749 §2.3.1), if given that way. */
function basicCredentials(header: string | undefined): { id?: string; secret?: string } {
  if (!header?.startsWith('Basic ')) return {};
  const [id, secret] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
  return { id: decodeURIComponent(id ?? ''), secret: decodeURIComponent(secret ?? '') };
}

@ApiTags('auth')
@Public()
@Controller('auth/token')
export class TokenController {
  constructor(private readonly clients: ApiClientsService) {}

  /** Errors use RFC 6749 bodies (`{"error": "invalid_client"}`), not problem+json. */
  @ApiOperation({
    summary: 'OAuth 2.0 client credentials: exchange client id and secret for a bearer token',
  })
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiBody({ type: TokenRequestDto })
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiBadRequestResponse({ type: OAuthErrorDto })
  @ApiUnauthorizedResponse({ type: OAuthErrorDto })
  @Post()
  async issueAccessToken(
    @Body() body: unknown,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const text = (key: string) =>
      typeof form[key] === 'string' ? (form[key] as string) : undefined;
    reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
    if (text('grant_type') !== 'client_credentials') {
      reply.status(400).send({
        error: text('grant_type') ? 'unsupported_grant_type' : 'invalid_request',
        error_description: 'grant_type must be client_credentials',
      });
      return;
    }
    const basic = basicCredentials(authorization);
    const result = await this.clients.issueToken(
      basic.id ?? text('client_id'),
      basic.secret ?? text('client_secret'),
      text('scope'),
    );
    if ('error' in result) {
      if (result.status === 401 && basic.id)
        reply.header('WWW-Authenticate', 'Basic realm="bei-hub"');
      reply
        .status(result.status)
        .send({ error: result.error, error_description: result.description });
      return;
    }
    reply.status(200).send(result);
  }
}
