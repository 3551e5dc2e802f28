import type { QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { RouterProvider } from 'react-router/dom';
import type { createAppRouter } from './router';
import { Providers } from './providers';

type AppProps = {
  router: ReturnType<typeof createAppRouter>;
  queryClient: QueryClient;
  i18n: i18n;
};

export const App = ({ router, queryClient, i18n }: AppProps) => (
  <Providers queryClient={queryClient} i18n={i18n}>
    <RouterProvider router={router} />
  </Providers>
);
