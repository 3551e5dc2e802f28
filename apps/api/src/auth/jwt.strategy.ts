import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { UnauthenticatedError } from '../common/problem/domain-errors';
import { setCurrentActor } from '../common/context/request-context';
import { UsersRepository } from '../users/users.repository';
import {
  type AccessTokenClaims,
  type AuthenticatedPrincipal,
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
    if (claims.typ !== 'user' || typeof claims.sub !== 'string') throw new UnauthenticatedError();
    const user = await this.users.findById(claims.sub).catch(() => null);
    if (!user || !user.active) throw new UnauthenticatedError('This account is no longer active.');
    const principal: AuthenticatedPrincipal = { type: 'user', id: user.id, roles: user.roles };
    setCurrentActor({ type: 'user', id: user.id, roles: user.roles });
    return principal;
  }
}
