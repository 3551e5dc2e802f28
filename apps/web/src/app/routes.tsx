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
      placeholder('customers', { area: 'customers' }),
      placeholder('orders', { area: 'orders' }),
      placeholder('consent', { area: 'consent' }),
      placeholder('privacy-requests', { area: 'privacyRequests' }),
      placeholder('audit', { area: 'audit' }),
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
        path: '*',
        lazy: async () => ({ Component: (await import('./not-found-route')).NotFoundRoute }),
      },
    ],
  },
];
