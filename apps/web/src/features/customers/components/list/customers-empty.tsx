import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type CustomersEmptyProps = { narrowed: boolean; canWrite: boolean; onClear: () => void };

/** Says what to do next: widen the search, or add the first customers. */
export const CustomersEmpty = ({ narrowed, canWrite, onClear }: CustomersEmptyProps) => {
  const { t } = useTranslation('customers');
  if (narrowed) {
    return (
      <EmptyState mt="lg" title={t('list.noMatchTitle')} description={t('list.noMatchDescription')}>
        <EmptyState.Actions>
          <Button variant="light" onClick={onClear}>
            {t('filters.clear')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      mt="lg"
      title={t('list.emptyTitle')}
      description={canWrite ? t('list.emptyWriter') : t('list.emptyReader')}
    >
      {canWrite && (
        <EmptyState.Actions>
          <Button component={Link} to="new">
            {t('list.new')}
          </Button>
          <Button component={Link} to="import" variant="default">
            {t('list.import')}
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
};
