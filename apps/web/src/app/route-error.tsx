import { Button, Center, EmptyState } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Last resort for a route that failed to load (e.g. a chunk gone after a deploy). */
export const RouteError = () => {
  const { t } = useTranslation('common');
  const error = useRouteError();
  useEffect(() => {
    // Kept in the console so a support session can see what broke; the page stays calm.
    console.error(error);
  }, [error]);
  return (
    <Center mih="60vh">
      <EmptyState title={t('errors.title')} description={t('errors.generic')}>
        <EmptyState.Actions>
          <Button variant="light" onClick={() => window.location.reload()}>
            {t('actions.retry')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
};
