import { EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const NotAllowed = () => {
  const { t } = useTranslation('common');
  return (
    <EmptyState mt="xl" title={t('notAllowed.title')} description={t('notAllowed.description')} />
  );
};
