import type { Role } from '@bei-hub/domain';

/** Who an access token belongs to, as loaded fresh from the database on every request. */
export type AuthenticatedPrincipal = { type: 'user'; id: string; roles: Role[] };

/** Claims inside an access token (HS256, issuer `bei-hub`, audience `bei-hub-api`). */
export type AccessTokenClaims = { sub: string; typ: 'user'; roles: Role[] };

export const TOKEN_ISSUER = 'bei-hub';
export const TOKEN_AUDIENCE = 'bei-hub-api';
