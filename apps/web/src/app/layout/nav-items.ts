import type { Area } from '../../features/auth/permissions';

export type NavItem = {
  area: Area;
  path: string;
  label:
    | 'nav.customers'
    | 'nav.orders'
    | 'nav.riskReviews'
    | 'nav.products'
    | 'nav.lotTrace'
    | 'nav.consent'
    | 'nav.privacyRequests'
    | 'nav.audit'
    | 'nav.analytics'
    | 'nav.users'
    | 'nav.suppliers'
    | 'nav.apiClients'
    | 'nav.webhooks';
};

/** Work areas in the order people use them; the Admin group follows. */
export const TASK_ITEMS: readonly NavItem[] = [
  { area: 'customers', path: '/customers', label: 'nav.customers' },
  { area: 'orders', path: '/orders', label: 'nav.orders' },
  { area: 'riskReviews', path: '/risk-reviews', label: 'nav.riskReviews' },
  { area: 'products', path: '/products', label: 'nav.products' },
  { area: 'lotTrace', path: '/lot-trace', label: 'nav.lotTrace' },
  { area: 'consent', path: '/consent', label: 'nav.consent' },
  { area: 'privacyRequests', path: '/privacy-requests', label: 'nav.privacyRequests' },
  { area: 'audit', path: '/audit', label: 'nav.audit' },
  { area: 'analytics', path: '/analytics', label: 'nav.analytics' },
];

export const ADMIN_ITEMS: readonly NavItem[] = [
  { area: 'users', path: '/admin/users', label: 'nav.users' },
  { area: 'catalog', path: '/admin/suppliers', label: 'nav.suppliers' },
  { area: 'integrations', path: '/admin/api-clients', label: 'nav.apiClients' },
  { area: 'integrations', path: '/admin/webhooks', label: 'nav.webhooks' },
];

export const ALL_ITEMS: readonly NavItem[] = [...TASK_ITEMS, ...ADMIN_ITEMS];
