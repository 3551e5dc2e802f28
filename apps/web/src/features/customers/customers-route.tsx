import { Button, Center, EmptyState, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { useErrorText } from '../../lib/use-error-text';
import { useCustomersList } from './api/use-customers-list';
import { CustomerListActions } from './components/list/customer-list-actions';
import { CustomersEmpty } from './components/list/customers-empty';
import { CustomersFilters } from './components/list/customers-filters';
import { CustomersTable } from './components/list/customers-table';
import { useCustomerPermissions } from './customer-permissions';
import { FILTER_NAMES, useCustomerListParams } from './use-customer-list-params';

export const CustomersRoute = () => {
  const { t } = useTranslation(['customers', 'common']);
  const errorText = useErrorText();
  const { canWrite } = useCustomerPermissions();
  const { filters, filtered, change, urlSearch } = useCustomerListParams();
  const [search, setSearch] = useState(urlSearch);
  // What this box last put into the address, to tell its own writes from the header search's.
  const written = useRef(urlSearch);
  const writeSearch = useDebouncedCallback((text: string) => {
    written.current = text.trim();
    change({ q: written.current || null });
  }, 300);

  // The header's search box sends people here with ?q=; show what they asked for.
  useEffect(() => {
    if (urlSearch === written.current) return;
    written.current = urlSearch;
    setSearch(urlSearch);
  }, [urlSearch]);

  const list = useCustomersList(filters);
  const customers = list.data?.pages.flatMap((page) => page.items) ?? [];
  const clearAll = () => {
    writeSearch.cancel();
    written.current = '';
    setSearch('');
    change({ q: null, ...Object.fromEntries(FILTER_NAMES.map((name) => [name, null])) });
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
        <EmptyState title={t('customers:list.loadFailed')} description={errorText(list.error)} />
      );
    }
    if (customers.length === 0) {
      return (
        <CustomersEmpty
          narrowed={filtered || Boolean(filters.q)}
          canWrite={canWrite}
          onClear={clearAll}
        />
      );
    }
    return <CustomersTable customers={customers} />;
  };

  return (
    <>
      <PageHeader
        title={t('customers:list.title')}
        description={t('customers:list.subtitle')}
        actions={<CustomerListActions canWrite={canWrite} />}
      />
      <Stack gap="sm">
        <CustomersFilters
          search={
            <TextInput
              label={t('customers:list.search')}
              placeholder={t('customers:list.searchPlaceholder')}
              type="search"
              w={280}
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                writeSearch(event.currentTarget.value);
              }}
            />
          }
          filters={filters}
          filtered={filtered}
          onChange={change}
        />
        {body()}
        {customers.length > 0 && (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('customers:list.shown', { count: customers.length })}
            </Text>
            {list.hasNextPage && (
              <Button
                variant="subtle"
                loading={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {t('customers:list.loadMore')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </>
  );
};
