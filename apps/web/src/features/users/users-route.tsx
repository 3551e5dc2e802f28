import { Button, Center, EmptyState, Loader, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { useErrorText } from '../../lib/use-error-text';
import { useUsersList } from './api/use-users-list';
import { UsersTable } from './components/users-table';

export const UsersRoute = () => {
  const { t } = useTranslation(['users', 'common']);
  const errorText = useErrorText();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const list = useUsersList(debouncedSearch);
  const users = list.data?.pages.flatMap((page) => page.items) ?? [];

  const body = () => {
    if (list.isPending) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (list.isError) {
      return <EmptyState title={t('users:list.loadFailed')} description={errorText(list.error)} />;
    }
    if (users.length === 0) {
      return (
        <EmptyState
          title={t('users:list.emptyTitle')}
          description={t('users:list.emptyDescription')}
        />
      );
    }
    return <UsersTable users={users} />;
  };

  return (
    <>
      <PageHeader
        title={t('users:list.title')}
        description={t('users:list.subtitle')}
        actions={
          <Button component={Link} to="new">
            {t('users:list.add')}
          </Button>
        }
      />
      <Stack gap="sm">
        <TextInput
          label={t('users:list.search')}
          placeholder={t('users:list.searchPlaceholder')}
          type="search"
          maw={360}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        {body()}
        {list.hasNextPage && (
          <Center>
            <Button
              variant="subtle"
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {t('users:list.loadMore')}
            </Button>
          </Center>
        )}
      </Stack>
      {/* Create and edit open as dialogs over the list, each with its own URL. */}
      <Outlet />
    </>
  );
};
