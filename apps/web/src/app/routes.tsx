import type { RouteObject } from 'react-router';
import { FullPageLoader } from '../components/ui/full-page-loader';
import { loginLoader, requireSessionLoader } from '../features/auth/session-loaders';
import type { AreaHandle } from './route-handle';
import { RouteError } from './route-error';

// Everything behind login is lazy so the login page's first download stays small.
const placeholder = (path: string, handle: AreaHandle): RouteObject => ({
  path,
  handle,
  lazy: async () => ({ Component: (await import('./placeholder-route')).PlaceholderRoute }),
});

export const routes: RouteObject[] = [
  {
    path: '/login',
    loader: loginLoader,
    hydrateFallbackElement: <FullPageLoader />,
    errorElement: <RouteError />,
    lazy: async () => ({ Component: (await import('../features/auth/login-route')).LoginRoute }),
  },
  {
    path: '/',
    loader: requireSessionLoader,
    hydrateFallbackElement: <FullPageLoader />,
    errorElement: <RouteError />,
    lazy: async () => ({ Component: (await import('./layout/app-layout')).AppLayout }),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./home-redirect')).HomeRedirect }),
      },
      {
        path: 'customers',
        handle: { area: 'customers' } satisfies AreaHandle,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/customers/customers-route')).CustomersRoute,
            }),
          },
          {
            path: 'new',
            lazy: async () => ({
              Component: (await import('../features/customers/create-customer-route'))
                .CreateCustomerRoute,
            }),
          },
          {
            path: 'import',
            lazy: async () => ({
              Component: (await import('../features/customers/import-customers-route'))
                .ImportCustomersRoute,
            }),
          },
          {
            path: ':customerId',
            lazy: async () => ({
              Component: (await import('../features/customers/customer-route')).CustomerRoute,
            }),
          },
          {
            path: ':customerId/edit',
            lazy: async () => ({
              Component: (await import('../features/customers/edit-customer-route'))
                .EditCustomerRoute,
            }),
          },
        ],
      },
      {
        path: 'orders',
        handle: { area: 'orders' } satisfies AreaHandle,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/orders/orders-route')).OrdersRoute,
            }),
          },
          {
            path: 'new',
            lazy: async () => ({
              Component: (await import('../features/orders/create-order-route')).CreateOrderRoute,
            }),
          },
          {
            path: ':orderId',
            lazy: async () => ({
              Component: (await import('../features/orders/order-route')).OrderRoute,
            }),
          },
          {
            path: ':orderId/edit',
            lazy: async () => ({
              Component: (await import('../features/orders/edit-order-route')).EditOrderRoute,
            }),
          },
          {
            path: ':orderId/print',
            lazy: async () => ({
              Component: (await import('../features/orders/order-print-route')).OrderPrintRoute,
            }),
          },
        ],
      },
      {
        path: 'risk-reviews',
        handle: { area: 'riskReviews' } satisfies AreaHandle,
        lazy: async () => ({
          Component: (await import('../features/risk-reviews/risk-reviews-route')).RiskReviewsRoute,
        }),
      },
      {
        path: 'products',
        handle: { area: 'products' } satisfies AreaHandle,
        lazy: async () => ({
          Component: (await import('../features/catalog/products-route')).ProductsRoute,
        }),
        children: [
          {
            path: 'new',
            handle: { area: 'catalog' } satisfies AreaHandle,
            lazy: async () => ({
              Component: (await import('../features/catalog/create-product-route'))
                .CreateProductRoute,
            }),
          },
        ],
      },
      {
        path: 'products/:productId',
        handle: { area: 'products' } satisfies AreaHandle,
        lazy: async () => ({
          Component: (await import('../features/catalog/product-route')).ProductRoute,
        }),
        children: [
          {
            path: 'edit',
            handle: { area: 'catalog' } satisfies AreaHandle,
            lazy: async () => ({
              Component: (await import('../features/catalog/edit-product-route')).EditProductRoute,
            }),
          },
        ],
      },
      {
        path: 'lot-trace',
        handle: { area: 'lotTrace' } satisfies AreaHandle,
        lazy: async () => ({
          Component: (await import('../features/catalog/lot-trace-route')).LotTraceRoute,
        }),
      },
      {
        path: 'consent',
        handle: { area: 'consent' } satisfies AreaHandle,
        lazy: async () => ({
          Component: (await import('../features/consent/consent-route')).ConsentRoute,
        }),
      },
      {
        path: 'privacy-requests',
        handle: { area: 'privacyRequests' } satisfies AreaHandle,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/privacy/privacy-requests-route'))
                .PrivacyRequestsRoute,
            }),
          },
          {
            path: 'legal-holds',
            lazy: async () => ({
              Component: (await import('../features/privacy/legal-holds-route')).LegalHoldsRoute,
            }),
          },
          {
            path: 'disclosures',
            lazy: async () => ({
              Component: (await import('../features/privacy/disclosures-route')).DisclosuresRoute,
            }),
          },
          {
            path: ':requestId',
            lazy: async () => ({
              Component: (await import('../features/privacy/privacy-request-route'))
                .PrivacyRequestRoute,
            }),
          },
        ],
      },
      {
        path: 'audit',
        handle: { area: 'audit' } satisfies AreaHandle,
        lazy: async () => ({
          Component: (await import('../features/audit/audit-route')).AuditRoute,
        }),
      },
      placeholder('analytics', { area: 'analytics' }),
      {
        path: 'admin/users',
        handle: { area: 'users' } satisfies AreaHandle,
        lazy: async () => ({
          Component: (await import('../features/users/users-route')).UsersRoute,
        }),
        children: [
          {
            path: 'new',
            lazy: async () => ({
              Component: (await import('../features/users/create-user-route')).CreateUserRoute,
            }),
          },
          {
            path: ':userId',
            lazy: async () => ({
              Component: (await import('../features/users/edit-user-route')).EditUserRoute,
            }),
          },
        ],
      },
      {
        path: 'admin/api-clients',
        handle: { area: 'integrations' } satisfies AreaHandle,
        lazy: async () => ({
          Component: (await import('../features/api-clients/api-clients-route')).ApiClientsRoute,
        }),
      },
      {
        path: 'admin/webhooks',
        handle: { area: 'integrations' } satisfies AreaHandle,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/webhooks/webhooks-route')).WebhooksRoute,
            }),
          },
          {
            path: ':endpointId',
            lazy: async () => ({
              Component: (await import('../features/webhooks/webhook-endpoint-route'))
                .WebhookEndpointRoute,
            }),
          },
        ],
      },
      {
        path: 'admin/suppliers',
        handle: { area: 'catalog' } satisfies AreaHandle,
        lazy: async () => ({
          Component: (await import('../features/catalog/suppliers-route')).SuppliersRoute,
        }),
        children: [
          {
            path: 'new',
            lazy: async () => ({
              Component: (await import('../features/catalog/create-supplier-route'))
                .CreateSupplierRoute,
            }),
          },
        ],
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./not-found-route')).NotFoundRoute }),
      },
    ],
  },
];
