import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { API_SCOPES, type ApiScope, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../auth/principal';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { currentContext } from '../common/context/request-context';
import { NotFoundError } from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import { type ApiClientRow, ApiClientsRepository } from './api-clients.repository';
import type {
  ApiClientDto,
  ApiClientListDto,
  CreateApiClientDto,
  CreatedApiClientDto,
  TokenResponseDto,
} from './dto/api-client.dto';

const toClient = (r: ApiClientRow): ApiClientDto => ({
  id: r.id,
  name: r.name,
  clientId: r.client_id,
  scopes: r.scopes,
  createdAt: r.created_at.toISOString(),
  lastUsedAt: r.last_used_at ? r.last_used_at.toISOString() : null,
  revokedAt: r.revoked_at ? r.revoked_at.toISOString() : null,
});

export type OAuthError = { status: 400 | 401; error: string; description: string };

/** Integrators' credentials: created by an admin, secret shown once and kept as a keyed hash. */
@Injectable()
export class ApiClientsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: ApiClientsRepository,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<ApiClientListDto> {
    return { items: (await this.clients.list()).map(toClient) };
  }

  async create(input: CreateApiClientDto): Promise<CreatedApiClientDto> {
    const secret = `bei_cs_${randomBytes(32).toString('base64url')}`;
    const id = uuidv7();
    const row = await this.dataSource.transaction(async (manager) => {
      const created = await this.clients.insert(manager, {
        id,
        name: input.name.trim(),
        client_id: `bei_ci_${randomBytes(12).toString('base64url')}`,
        secret_hash: this.hashSecret(secret),
        scopes: input.scopes,
        created_by: currentContext().actor.id as string,
      });
      await this.audit.record(manager, {
        action: 'api_client.created',
        resourceType: 'api_client',
        resourceId: id,
      });
      return created;
    });
    return { ...toClient(row), clientSecret: secret };
  }

  async revoke(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.clients.revoke(manager, id))) throw new NotFoundError('API client');
      await this.audit.record(manager, {
        action: 'api_client.revoked',
        resourceType: 'api_client',
        resourceId: id,
      });
    });
  }

  /** RFC 6749 §4.4: client credentials → a bearer token with the granted scopes. */
  async issueToken(
    clientId: string | undefined,
    clientSecret: string | undefined,
    scope: string | undefined,
  ): Promise<TokenResponseDto | OAuthError> {
    if (!clientId || !clientSecret)
      return {
        status: 401,
        error: 'invalid_client',
        description: 'Client authentication is required.',
      };
    const client = await this.clients.findByClientId(clientId);
    const expected = Buffer.from(client?.secret_hash ?? this.hashSecret('no-such-client'));
    const given = Buffer.from(this.hashSecret(clientSecret));
    if (!client || client.revoked_at || !timingSafeEqual(expected, given)) {
      await this.audit.recordStandalone({
        action: 'api_client.token_refused',
        resourceType: 'api_client',
        resourceId: client?.id ?? null,
        outcome: 'failure',
      });
      return {
        status: 401,
        error: 'invalid_client',
        description: 'Unknown client, wrong secret, or revoked.',
      };
    }
    const requested = scope ? scope.split(' ').filter(Boolean) : client.scopes;
    const unknown = requested.filter(
      (s) =>
        !(API_SCOPES as readonly string[]).includes(s) || !client.scopes.includes(s as ApiScope),
    );
    if (unknown.length)
      return {
        status: 400,
        error: 'invalid_scope',
        description: `Not granted to this client: ${unknown.join(' ')}`,
      };
    const granted = requested.join(' ');
    const ttl = this.config.accessTokenTtlSeconds;
    const accessToken = await this.jwt.signAsync(
      { sub: client.id, typ: 'client', scope: granted },
      {
        secret: this.config.jwtSecret,
        algorithm: 'HS256',
        expiresIn: ttl,
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        jwtid: uuidv7(),
      },
    );
    await this.audit.recordStandalone({
      action: 'api_client.token_issued',
      resourceType: 'api_client',
      resourceId: client.id,
      actor: { type: 'api_client', id: client.id, roles: [] },
    });
    return { access_token: accessToken, token_type: 'Bearer', expires_in: ttl, scope: granted };
  }

  private hashSecret(secret: string): string {
    return createHmac('sha256', this.config.jwtSecret).update(secret).digest('hex');
  }
}
