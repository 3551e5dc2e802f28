import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@bei-hub/domain';
import { ForbiddenError } from '../common/problem/domain-errors';
import { REQUIRED_ROLES } from './auth.decorators';
import type { AuthenticatedPrincipal } from './principal';

/** Checks @Roles(...) after authentication; routes without it are open to any signed-in user. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required?.length) return true;
    const principal = context.switchToHttp().getRequest<{ user?: AuthenticatedPrincipal }>().user;
    if (principal && principal.roles.some((role) => required.includes(role))) return true;
    throw new ForbiddenError(`This needs one of the roles: ${required.join(', ')}.`);
  }
}
