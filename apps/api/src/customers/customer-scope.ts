import type { AuthenticatedPrincipal } from '../auth/principal';

/** Which customers a caller may see: all, or only those they own (sales reps). */
export type CustomerScope = { ownerId: string | null };

const SEES_ALL = ['admin', 'manager', 'privacy_officer'] as const;

export function customerScopeOf(principal: AuthenticatedPrincipal): CustomerScope {
  // Integrators act for the company as a whole; their scopes limit what, not whose.
  if (principal.type === 'api_client') return { ownerId: null };
  const seesAll = principal.roles.some((role) => (SEES_ALL as readonly string[]).includes(role));
  return { ownerId: seesAll ? null : principal.id };
}

/** Only the privacy officer reads NIK and NPWP in full (contract §4). */
export function seesSensitiveIdentifiers(principal: AuthenticatedPrincipal): boolean {
  return principal.roles.includes('privacy_officer');
}
