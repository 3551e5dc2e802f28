import {
  Alert,
  Button,
  Center,
  Checkbox,
  EmptyState,
  Group,
  Loader,
  Select,
  Stack,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { useErrorText } from '../../lib/use-error-text';
import { type RequestFilters, usePrivacyRequests } from './api/privacy-queries';
import { NewRequestDialog } from './components/new-request-dialog';
import { RequestsTable } from './components/requests-table';
import { usePrivacyPermissions } from './privacy-permissions';
import { oneOf, REQUEST_STATUSES, REQUEST_TYPES } from './request-options';

/** The privacy officer's inbox: every open request with its 72-hour clock; filters in the URL. */
export const PrivacyRequestsRoute = () => {
  const { t } = useTranslation(['privacy', 'common']);
  const errorText = useErrorText();
  const { canCreate } = usePrivacyPermissions();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const status = oneOf(REQUEST_STATUSES, params.get('status'));
  const type = oneOf(REQUEST_TYPES, params.get('type'));
  const overdue = params.get('overdue') === 'true';
  const filters: RequestFilters = {
    ...(status ? { status } : {}),
    ...(type ? { type } : {}),
    ...(overdue ? { overdue: 'true' } : {}),
  };
  const list = usePrivacyRequests(filters);
  const requests = list.data?.pages.flatMap((page) => page.items) ?? [];

  const setFilter = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
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
      return (
        <Alert color="red" title={t('privacy:loadFailed')}>
          {errorText(list.error)}
        </Alert>
      );
    }
    if (requests.length === 0) {
      return (
        <EmptyState
          title={t('privacy:inbox.empty')}
          description={canCreate ? t('privacy:inbox.emptyHint') : undefined}
        />
      );
    }
    return <RequestsTable requests={requests} />;
  };

  return (
    <>
      <PageHeader
        title={t('privacy:inbox.title')}
        description={t('privacy:inbox.subtitle')}
        actions={
          <Group gap="xs">
            <Button variant="default" component={Link} to="/privacy-requests/legal-holds">
              {t('privacy:inbox.legalHolds')}
            </Button>
            <Button variant="default" component={Link} to="/privacy-requests/disclosures">
              {t('privacy:inbox.disclosures')}
            </Button>
            {canCreate && (
              <Button onClick={() => setCreating(true)}>{t('privacy:inbox.new')}</Button>
            )}
          </Group>
        }
      />
      <Stack gap="sm">
        <Group align="flex-end">
          <Select
            label={t('privacy:filters.status')}
            placeholder={t('privacy:filters.all')}
            clearable
            w={180}
            data={REQUEST_STATUSES.map((value) => ({
              value,
              label: t(`privacy:statuses.${value}`),
            }))}
            value={status ?? null}
            onChange={(value) => setFilter('status', value)}
          />
          <Select
            label={t('privacy:filters.type')}
            placeholder={t('privacy:filters.all')}
            clearable
            w={220}
            data={REQUEST_TYPES.map((value) => ({ value, label: t(`privacy:types.${value}`) }))}
            value={type ?? null}
            onChange={(value) => setFilter('type', value)}
          />
          <Checkbox
            mb={8}
            label={t('privacy:filters.overdue')}
            checked={overdue}
            onChange={(event) => setFilter('overdue', event.currentTarget.checked ? 'true' : null)}
          />
        </Group>
        {body()}
        {list.hasNextPage && (
          <Center>
            <Button
              variant="subtle"
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {t('privacy:inbox.loadMore')}
            </Button>
          </Center>
        )}
      </Stack>
      {creating && <NewRequestDialog opened={creating} onClose={() => setCreating(false)} />}
    </>
  );
};
