import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { UnauthenticatedError } from '../common/problem/domain-errors';
import { setCurrentActor } from '../common/context/request-context';
import { ApiClientsRepository } from '../api-clients/api-clients.repository';
import { UsersRepository } from '../users/users.repository';
import {
  type AccessTokenClaims,
  type AuthenticatedPrincipal,
  type ApiScope,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
} from './principal';

/**
 * Verifies the bearer token, then reloads the user so a deactivation or role change applies to the
 * very next request rather than when the token expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersRepository,
    private readonly clients: ApiClientsRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthenticatedPrincipal> {
    if (typeof claims.sub !== 'string') throw new UnauthenticatedError();
    if (claims.typ === 'client') return this.validateClient(claims.sub, claims.scope);
    if (claims.typ !== 'user') throw new UnauthenticatedError();
    const user = await this.users.findById(claims.sub).catch(() => null);
    if (!user || !user.active) throw new UnauthenticatedError('This account is no longer active.');
    const principal: AuthenticatedPrincipal = { type: 'user', id: user.id, roles: user.roles };
    setCurrentActor({ type: 'user', id: user.id, roles: user.roles });
    return principal;
  }

  /** A revoked client's tokens stop working on the next request; scopes shrink with the client's. */
  private async validateClient(id: string, scope: string): Promise<AuthenticatedPrincipal> {
    const client = await this.clients.findActive(id).catch(() => null);
    if (!client) throw new UnauthenticatedError('This API client was revoked.');
    const scopes = (scope ?? '')
      .split(' ')
      .filter((s): s is ApiScope => client.scopes.includes(s as ApiScope));
    setCurrentActor({ type: 'api_client', id: client.id, roles: [] });
    this.clients.touch(client.id);
    return { type: 'api_client', id: client.id, roles: [], scopes };
  }
}
