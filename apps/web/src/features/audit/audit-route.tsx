import { Alert, Center, EmptyState, Loader, SimpleGrid, Stack, Tabs } from '@mantine/core';
import type { AuditEventDto } from '@bei-hub/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { useErrorText } from '../../lib/use-error-text';
import { useSession } from '../auth/api/use-session';
import { useAuditEvents } from './api/use-audit-events';
import {
  type AuditFilters,
  EMPTY_FILTERS,
  filtersFromParams,
  paramsFromFilters,
} from './audit-filters';
import { AuditEventDrawer } from './components/audit-event-drawer';
import { AuditEventsTable } from './components/audit-events-table';
import { AutoLoadMore } from './components/auto-load-more';
import { AuditFiltersForm } from './components/audit-filters-form';
import { CheckpointPanel } from './components/checkpoint-panel';
import { ExportButtons } from './components/export-buttons';
import { VerifyPanel } from './components/verify-panel';

/**
 * The audit log: filters in the URL (so `?subjectId=` opens a customer's access history), an
 * endless list, one event in a drawer, and for auditors and admins export, verify and checkpoints.
 */
export const AuditRoute = () => {
  const { t } = useTranslation(['audit', 'common']);
  const errorText = useErrorText();
  const session = useSession();
  // Export, verification and checkpoints cover the whole log: auditors and admins only.
  const wholeLog =
    session?.user.roles.some((role) => role === 'auditor' || role === 'admin') ?? false;
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const list = useAuditEvents(filters);
  const events = list.data?.pages.flatMap((page) => page.items) ?? [];
  const [selected, setSelected] = useState<AuditEventDto | null>(null);

  const apply = (next: AuditFilters) => setParams(paramsFromFilters(next));
  const showSubjectHistory = (subjectId: string) => {
    setSelected(null);
    apply({ ...EMPTY_FILTERS, subjectId });
  };

  const body = () => {
    if (list.isPending) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (list.isError) {
      return <EmptyState title={t('audit:list.loadFailed')} description={errorText(list.error)} />;
    }
    if (events.length === 0) {
      return (
        <EmptyState
          title={t('audit:list.emptyTitle')}
          description={t('audit:list.emptyDescription')}
        />
      );
    }
    return <AuditEventsTable events={events} onOpen={setSelected} />;
  };

  const eventsPanel = (
    <Stack gap="sm">
      {/* Keyed by the URL so "customer access history" links refill the form. */}
      <AuditFiltersForm key={params.toString()} value={filters} onApply={apply} />
      {filters.subjectId && (
        <Alert color="blue" title={t('audit:filters.subjectHistory', { id: filters.subjectId })}>
          {t('audit:filters.subjectHistoryHint')}
        </Alert>
      )}
      {body()}
      {list.hasNextPage && (
        <AutoLoadMore
          label={t('audit:list.loadMore')}
          loading={list.isFetchingNextPage}
          onLoad={() => void list.fetchNextPage()}
        />
      )}
    </Stack>
  );

  return (
    <>
      <PageHeader
        title={t('audit:title')}
        description={t('audit:subtitle')}
        actions={wholeLog ? <ExportButtons filters={filters} /> : undefined}
      />
      {wholeLog ? (
        <Tabs defaultValue="events" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="events">{t('audit:tabs.events')}</Tabs.Tab>
            <Tabs.Tab value="integrity">{t('audit:tabs.integrity')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="events">{eventsPanel}</Tabs.Panel>
          <Tabs.Panel value="integrity">
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              <VerifyPanel />
              <CheckpointPanel />
            </SimpleGrid>
          </Tabs.Panel>
        </Tabs>
      ) : (
        eventsPanel
      )}
      <AuditEventDrawer
        event={selected}
        onClose={() => setSelected(null)}
        onSubjectHistory={showSubjectHistory}
      />
    </>
  );
};
