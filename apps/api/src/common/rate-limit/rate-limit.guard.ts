import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { currentContext } from '../context/request-context';
import { TooManyRequestsError } from '../problem/domain-errors';
import { RateLimitRepository } from './rate-limit.repository';
import { SKIP_RATE_LIMIT } from './skip-rate-limit.decorator';

const WINDOW_MS = 60_000;

/**
 * Per user or API client (per address before sign-in) requests per minute, with the IETF
 * `RateLimit-*` headers on every answer and `Retry-After` on a 429. Runs after authentication.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private lastCleanup = 0;

  constructor(
    private readonly reflector: Reflector,
    private readonly counters: RateLimitRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (
      this.reflector.getAllAndOverride<boolean>(SKIP_RATE_LIMIT, [
        context.getHandler(),
        context.getClass(),
      ])
    )
      return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const actor = currentContext().actor;
    const key = actor.id ? `${actor.type}:${actor.id}` : `ip:${request.ip}`;
    const now = Date.now();
    const windowStart = Math.floor(now / WINDOW_MS) * WINDOW_MS;
    const hits = await this.counters.hit(key, new Date(windowStart));
    const limit = this.config.rateLimitPerMinute;
    const resetSeconds = Math.ceil((windowStart + WINDOW_MS - now) / 1000);
    reply.header('RateLimit-Limit', String(limit));
    reply.header('RateLimit-Remaining', String(Math.max(0, limit - hits)));
    reply.header('RateLimit-Reset', String(resetSeconds));
    this.cleanupOccasionally(now);
    if (hits > limit) {
      throw new TooManyRequestsError(
        'rate-limited',
        `Rate limit of ${limit} requests per minute exceeded.`,
        resetSeconds,
      );
    }
    return true;
  }

  private cleanupOccasionally(now: number): void {
    if (now - this.lastCleanup < WINDOW_MS) return;
    this.lastCleanup = now;
    void this.counters.deleteWindowsBefore(new Date(now - 2 * WINDOW_MS)).catch(() => undefined);
  }
}
