import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { RolesGuard } from '../auth/roles.guard';
import { ScopesGuard } from '../auth/scopes.guard';
import { FieldCipher } from './crypto/field-cipher';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyRepository } from './idempotency/idempotency.repository';
import { ProblemFilter } from './problem/problem.filter';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RateLimitRepository } from './rate-limit/rate-limit.repository';

/** The request pipeline every route shares: authenticate → rate limit → roles (employees) and scopes (API clients) → idempotency. */
@Global()
@Module({
  providers: [
    FieldCipher,
    IdempotencyRepository,
    RateLimitRepository,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_GUARD, useClass: ScopesGuard },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
  exports: [FieldCipher],
})
export class CommonModule {}
