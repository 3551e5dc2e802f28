import { Alert, Paper, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDuplicateCandidates } from '../../api/use-duplicate-candidates';
import type { CustomerFormValues } from '../../customer-form-values';
import { duplicateDraftOf } from '../../duplicate-draft';
import { DuplicateCandidates } from '../duplicate-candidates';

const SETTLE_MS = 500;

/**
 * Warns while typing that the customer may already exist. Advisory only: if the check fails the
 * form still works, so a failure shows nothing rather than an error in the way.
 */
export const DuplicateWarning = ({ values }: { values: CustomerFormValues }) => {
  const { t } = useTranslation('customers');
  const draft = useMemo(() => duplicateDraftOf(values), [values]);
  const [settled] = useDebouncedValue(draft, SETTLE_MS);
  const candidates = useDuplicateCandidates(settled);
  const items = settled ? (candidates.data?.items ?? []) : [];

  if (items.length === 0) {
    return (
      <Paper withBorder p="md" c="dimmed">
        <Text size="sm">{t('duplicates.idle')}</Text>
      </Paper>
    );
  }
  return (
    <Alert color="orange" variant="light" title={t('duplicates.title')} role="status">
      <Text size="sm" mb="xs">
        {t('duplicates.description')}
      </Text>
      <DuplicateCandidates candidates={items} compact />
    </Alert>
  );
};
