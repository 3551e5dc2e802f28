import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { currentContext } from '../common/context/request-context';
import { TooManyRequestsError, UnauthenticatedError } from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import type { UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import type { SessionResponseDto } from './dto/session-response.dto';
import { LOGIN_WINDOW_MINUTES, LoginAttemptsRepository } from './login-attempts.repository';
import { dummyPasswordHash, verifyPassword } from './password-hasher';
import { type AccessTokenClaims, TOKEN_AUDIENCE, TOKEN_ISSUER } from './principal';
import { RefreshTokensRepository } from './refresh-tokens.repository';

export type IssuedSession = {
  session: SessionResponseDto;
  refreshToken: string;
  refreshMaxAgeSeconds: number;
};

const BAD_CREDENTIALS = 'The e-mail or password is incorrect.';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Sign-in, refresh-token rotation with reuse detection, and sign-out. */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly attempts: LoginAttemptsRepository,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailInput: string, password: string): Promise<IssuedSession> {
    const email = emailInput.trim().toLowerCase();
    const ip = currentContext().ip ?? 'unknown';
    await this.refuseWhenThrottled(email, ip);

    const user = await this.users.findForLogin(email);
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !valid || !user.active) {
      await this.dataSource.transaction(async (manager) => {
        await this.attempts.record(manager, email, ip, false);
        await this.audit.record(manager, {
          action: 'auth.login_failed',
          resourceType: 'user',
          resourceId: user?.id ?? null,
          outcome: 'failure',
        });
      });
      throw new UnauthenticatedError(BAD_CREDENTIALS);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.attempts.record(manager, email, ip, true);
      await this.users.touchLastLogin(manager, user.id);
      const issued = await this.issue(manager, user, uuidv7());
      await this.audit.record(manager, {
        action: 'auth.login_succeeded',
        resourceType: 'user',
        resourceId: user.id,
        actor: { type: 'user', id: user.id, roles: user.roles },
      });
      return issued;
    });
  }

  /** Swaps a refresh token for a new pair. Presenting an already-rotated token revokes its family. */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    if (!refreshToken) throw new UnauthenticatedError('No refresh token was presented.');
    const stored = await this.refreshTokens.findByHash(hashToken(refreshToken));
    if (!stored) throw new UnauthenticatedError('The refresh token is not valid.');
    return this.dataSource
      .transaction(async (manager) => {
        const claimed = await this.refreshTokens.claimForRotation(manager, stored.id);
        if (!claimed) {
          if (stored.rotated_at || stored.revoked_at) {
            await this.refreshTokens.revokeFamily(manager, stored.family_id);
            await this.audit.record(manager, {
              action: 'auth.refresh_reuse_detected',
              resourceType: 'user',
              resourceId: stored.user_id,
              outcome: 'denied',
            });
          }
          return null;
        }
        const user = await this.users.findById(stored.user_id, manager);
        if (!user?.active) return null;
        await this.audit.record(manager, {
          action: 'auth.session_refreshed',
          resourceType: 'user',
          resourceId: user.id,
          actor: { type: 'user', id: user.id, roles: user.roles },
        });
        return this.issue(manager, user, stored.family_id);
      })
      .then((issued) => {
        if (!issued)
          throw new UnauthenticatedError('The refresh token is no longer valid; sign in again.');
        return issued;
      });
  }

  async logout(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    const stored = await this.refreshTokens.findByHash(hashToken(refreshToken));
    if (!stored) return;
    await this.dataSource.transaction(async (manager) => {
      await this.refreshTokens.revokeFamily(manager, stored.family_id);
      await this.audit.record(manager, {
        action: 'auth.logout',
        resourceType: 'user',
        resourceId: stored.user_id,
        actor: { type: 'user', id: stored.user_id, roles: [] },
      });
    });
  }

  private async refuseWhenThrottled(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([
      this.attempts.recentFailuresForAccount(email),
      this.attempts.recentFailuresForAddress(ip),
    ]);
    const blocked =
      account.count >= this.config.loginMaxFailures
        ? account
        : address.count >= this.config.loginMaxFailuresPerAddress
          ? address
          : null;
    if (!blocked) return;
    const retryAfter = blocked.oldest
      ? (blocked.oldest.getTime() + LOGIN_WINDOW_MINUTES * 60_000 - Date.now()) / 1000
      : LOGIN_WINDOW_MINUTES * 60;
    await this.audit.recordStandalone({
      action: 'auth.login_throttled',
      resourceType: 'user',
      outcome: 'denied',
    });
    throw new TooManyRequestsError(
      'login-throttled',
      'Too many failed sign-ins; wait before trying again.',
      retryAfter,
    );
  }

  private async issue(
    manager: Parameters<RefreshTokensRepository['insert']>[0],
    user: UserEntity,
    familyId: string,
  ): Promise<IssuedSession> {
    const claims: AccessTokenClaims = { sub: user.id, typ: 'user', roles: user.roles };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: this.config.jwtSecret,
      algorithm: 'HS256',
      expiresIn: this.config.accessTokenTtlSeconds,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      jwtid: uuidv7(),
    });
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshMaxAgeSeconds = this.config.refreshTokenTtlDays * 86_400;
    await this.refreshTokens.insert(manager, {
      id: uuidv7(),
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + refreshMaxAgeSeconds * 1000),
    });
    return {
      refreshToken,
      refreshMaxAgeSeconds,
      session: {
        accessToken,
        tokenType: 'Bearer',
        expiresIn: this.config.accessTokenTtlSeconds,
        user: { id: user.id, email: user.email, name: user.name, roles: user.roles },
      },
    };
  }
}
