import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilters, EMPTY_FILTERS } from '../audit-filters';

type AuditFiltersFormProps = {
  value: AuditFilters;
  onApply: (filters: AuditFilters) => void;
};

/** Filters apply on submit: each change of an id would otherwise query the log per keystroke. */
export const AuditFiltersForm = ({ value, onApply }: AuditFiltersFormProps) => {
  const { t } = useTranslation('audit');
  const [draft, setDraft] = useState(value);
  const field = (key: keyof AuditFilters) => ({
    value: draft[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const next = event.currentTarget.value;
      setDraft((current) => ({ ...current, [key]: next }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };

  return (
    <form onSubmit={submit} aria-label={t('filters.title')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
        <TextInput
          label={t('filters.action')}
          description={t('filters.actionHint')}
          placeholder="customer.*"
          {...field('action')}
        />
        <TextInput label={t('filters.actorId')} {...field('actorId')} />
        <TextInput label={t('filters.subjectId')} {...field('subjectId')} />
        <TextInput
          label={t('filters.resourceType')}
          placeholder="customer"
          {...field('resourceType')}
        />
        <TextInput label={t('filters.resourceId')} {...field('resourceId')} />
        <TextInput type="date" label={t('filters.from')} {...field('from')} />
        <TextInput type="date" label={t('filters.to')} {...field('to')} />
        <Group align="flex-end" gap="xs">
          <Button type="submit">{t('filters.apply')}</Button>
          <Button
            variant="subtle"
            onClick={() => {
              setDraft(EMPTY_FILTERS);
              onApply(EMPTY_FILTERS);
            }}
          >
            {t('filters.reset')}
          </Button>
        </Group>
      </SimpleGrid>
    </form>
  );
};
