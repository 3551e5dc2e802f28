import type { Role } from './roles';

export type Area =
  | 'customers'
  | 'orders'
  | 'riskReviews'
  | 'products'
  | 'lotTrace'
  | 'consent'
  | 'privacyRequests'
  | 'audit'
  | 'analytics'
  | 'users'
  | 'catalog'
  | 'integrations';

/**
 * Who may open each work area: API-CONTRACT §3 "Default permissions". The API enforces the same
 * table; this copy only keeps people from seeing doors they cannot go through.
 */
export const AREA_ROLES: Record<Area, readonly Role[]> = {
  customers: ['admin', 'manager', 'sales', 'privacy_officer'],
  orders: ['admin', 'manager', 'sales', 'privacy_officer'],
  riskReviews: ['admin', 'manager'],
  products: ['admin', 'manager', 'sales'],
  lotTrace: ['admin', 'manager'],
  consent: ['admin', 'manager', 'sales', 'privacy_officer', 'auditor'],
  privacyRequests: ['admin', 'manager', 'sales', 'privacy_officer', 'auditor'],
  audit: ['admin', 'privacy_officer', 'auditor'],
  analytics: ['admin', 'manager'],
  users: ['admin'],
  // Changing products and suppliers; reading products is `products`.
  catalog: ['admin'],
  // API clients and webhook endpoints.
  integrations: ['admin'],
};

export const canUse = (roles: readonly Role[], area: Area): boolean =>
  AREA_ROLES[area].some((role) => roles.includes(role));
