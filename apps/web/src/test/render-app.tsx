import { notifications } from '@mantine/notifications';
import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Providers } from '../app/providers';
import { routes } from '../app/routes';
import { resetSessionRestore } from '../features/auth/session-loaders';
import { configureApiClient } from '../lib/api-client';
import type { Language } from '../lib/format';
import { createI18n } from '../lib/i18n';
import { resetSessionStore, type Session, setSession } from '../lib/session-store';

type RenderAppOptions = { session?: Session | null; language?: Language };

export type RenderedApp = RenderResult & { router: ReturnType<typeof createMemoryRouter> };

/** The real routes, providers and API client, at one URL, as a freshly opened tab. */
export const renderApp = (path: string, options: RenderAppOptions = {}): RenderedApp => {
  configureApiClient();
  resetSessionRestore();
  resetSessionStore();
  window.localStorage.clear();
  // Mantine keeps notifications in a module-level store that outlives a test.
  notifications.clean();
  if (options.session) setSession(options.session);

  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <Providers queryClient={queryClient} i18n={createI18n(options.language ?? 'id')} env="test">
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router };
};
