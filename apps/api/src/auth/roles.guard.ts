import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@bei-hub/domain';
import type { FastifyRequest } from 'fastify';
import { AuditService } from '../audit/audit.service';
import { ForbiddenError } from '../common/problem/domain-errors';
import { REQUIRED_ROLES } from './auth.decorators';
import type { AuthenticatedPrincipal } from './principal';

/**
 * Checks @Roles(...) after authentication; routes without it are open to any signed-in user.
 * A refusal is audited, so attempts to reach what a role may not use are on record.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required?.length) return true;
    const request = context
      .switchToHttp()
      .getRequest<FastifyRequest & { user?: AuthenticatedPrincipal }>();
    const principal = request.user;
    // API clients have no roles; ScopesGuard decides for them.
    if (principal?.type === 'api_client') return true;
    if (principal && principal.roles.some((role) => required.includes(role))) return true;
    await this.audit.recordStandalone({
      action: 'access.denied',
      resourceType: 'route',
      resourceId: `${request.method} ${request.routeOptions.url ?? ''}`,
      outcome: 'denied',
    });
    throw new ForbiddenError(`This needs one of the roles: ${required.join(', ')}.`);
  }
}
