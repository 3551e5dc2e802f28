import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { configureApiClient } from './lib/api-client';
import { createI18n } from './lib/i18n';
import { createQueryClient } from './lib/query-client';

configureApiClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App router={createAppRouter()} queryClient={createQueryClient()} i18n={createI18n()} />
  </StrictMode>,
);
