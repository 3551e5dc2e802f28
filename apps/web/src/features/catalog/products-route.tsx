import {
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { useErrorText } from '../../lib/use-error-text';
import { useProductsList } from './api/use-products-list';
import { useCatalogPermissions } from './catalog-permissions';
import { ProductsTable } from './components/products/products-table';

type ActiveFilter = 'all' | 'true' | 'false';
const isActiveFilter = (value: string): value is ActiveFilter =>
  value === 'all' || value === 'true' || value === 'false';

export const ProductsRoute = () => {
  const { t } = useTranslation(['catalog', 'common']);
  const errorText = useErrorText();
  const { canManage } = useCatalogPermissions();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [active, setActive] = useState<ActiveFilter>('true');
  const list = useProductsList({
    q: debouncedSearch.trim() || undefined,
    active: active === 'all' ? undefined : active,
  });
  const products = list.data?.pages.flatMap((page) => page.items) ?? [];

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
        <EmptyState title={t('catalog:products.loadFailed')} description={errorText(list.error)} />
      );
    }
    if (products.length === 0) {
      return (
        <EmptyState
          title={t('catalog:products.emptyTitle')}
          description={
            canManage ? t('catalog:products.emptyDescription') : t('catalog:products.emptyReadOnly')
          }
        />
      );
    }
    return <ProductsTable products={products} />;
  };

  return (
    <>
      <PageHeader
        title={t('catalog:products.title')}
        description={t('catalog:products.subtitle')}
        actions={
          canManage && (
            <Button component={Link} to="/products/new">
              {t('catalog:products.add')}
            </Button>
          )
        }
      />
      <Stack gap="sm">
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t('catalog:products.search')}
            placeholder={t('catalog:products.searchPlaceholder')}
            type="search"
            w={320}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
          <SegmentedControl
            aria-label={t('catalog:products.activeFilter')}
            value={active}
            onChange={(value) => isActiveFilter(value) && setActive(value)}
            data={[
              { value: 'true', label: t('catalog:products.activeOnly') },
              { value: 'false', label: t('catalog:products.inactiveOnly') },
              { value: 'all', label: t('catalog:products.all') },
            ]}
          />
        </Group>
        {body()}
        {products.length > 0 && (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('catalog:products.shown', { count: products.length })}
            </Text>
            {list.hasNextPage && (
              <Button
                variant="subtle"
                loading={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {t('catalog:products.loadMore')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {/* Create opens as a dialog over the list, with its own URL. */}
      <Outlet />
    </>
  );
};
