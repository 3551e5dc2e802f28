import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@bei-hub/domain';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedPrincipal } from './principal';

export const IS_PUBLIC = 'bei:isPublic';
export const REQUIRED_ROLES = 'bei:roles';

/** Opts a route out of the global JWT guard. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The authenticated caller of this request. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedPrincipal =>
    context.switchToHttp().getRequest<FastifyRequest & { user: AuthenticatedPrincipal }>().user,
);
