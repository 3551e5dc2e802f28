import type { Role } from '@bei-hub/domain';

/** Who an access token belongs to, as loaded fresh from the database on every request. */
export type AuthenticatedPrincipal =
  | { type: 'user'; id: string; roles: Role[] }
  /** An integrator: no roles; what it may do is the scopes its token carries. */
  | { type: 'api_client'; id: string; roles: Role[]; scopes: ApiScope[] };

/** Claims inside an access token (HS256, issuer `bei-hub`, audience `bei-hub-api`). */
export type AccessTokenClaims =
  { sub: string; typ: 'user'; roles: Role[] } | { sub: string; typ: 'client'; scope: string };

export const TOKEN_ISSUER = 'bei-hub';
export const TOKEN_AUDIENCE = 'bei-hub-api';

/** OAuth scopes of contract §3. */
export const API_SCOPES = [
  'customers:read',
  'customers:write',
  'orders:read',
  'orders:write',
  'consent:read',
  'consent:write',
  'privacy:read',
  'privacy:write',
  'audit:read',
  'analytics:read',
  'webhooks:manage',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];
