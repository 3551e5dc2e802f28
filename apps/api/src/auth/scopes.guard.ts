import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AuditService } from '../audit/audit.service';
import { ForbiddenError } from '../common/problem/domain-errors';
import type { ApiScope, AuthenticatedPrincipal } from './principal';

export const REQUIRED_SCOPES = 'bei:scopes';

/**
 * The OAuth scopes an API client's token needs for a route. A route without scopes, or with
 * `@Scopes()` (none), is not open to API clients at all: employees-only by default.
 */
export const Scopes = (...scopes: ApiScope[]) => SetMetadata(REQUIRED_SCOPES, scopes);

/** Checks scopes for API clients; employees are checked by roles instead. */
@Injectable()
export class ScopesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context
      .switchToHttp()
      .getRequest<FastifyRequest & { user?: AuthenticatedPrincipal }>();
    const principal = request.user;
    if (principal?.type !== 'api_client') return true;
    const required = this.reflector.getAllAndOverride<ApiScope[] | undefined>(REQUIRED_SCOPES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (required?.length && required.every((scope) => principal.scopes.includes(scope)))
      return true;
    await this.audit.recordStandalone({
      action: 'access.denied',
      resourceType: 'route',
      resourceId: `${request.method} ${request.routeOptions.url ?? ''}`,
      outcome: 'denied',
    });
    throw new ForbiddenError(
      required?.length
        ? `This needs the scope ${required.join(' ')}.`
        : 'This endpoint is not available to API clients.',
    );
  }
}
