import { EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ComingSoonProps = { module: string };

/** Calm placeholder for a module that a later release fills in. */
export const ComingSoon = ({ module }: ComingSoonProps) => {
  const { t } = useTranslation('common');
  return (
    <EmptyState
      mt="xl"
      title={t('comingSoon.title', { module })}
      description={t('comingSoon.description')}
    />
  );
};
