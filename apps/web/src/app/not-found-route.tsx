import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export const NotFoundRoute = () => {
  const { t } = useTranslation('common');
  return (
    <EmptyState mt="xl" title={t('notFound.title')} description={t('notFound.description')}>
      <EmptyState.Actions>
        <Button component={Link} to="/" variant="light">
          {t('notFound.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
};
