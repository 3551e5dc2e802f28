import { Button, Center, EmptyState, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { useErrorText } from '../../lib/use-error-text';
import { useSuppliers } from './api/use-suppliers';
import { SuppliersTable } from './components/suppliers/suppliers-table';

export const SuppliersRoute = () => {
  const { t } = useTranslation(['catalog', 'common']);
  const errorText = useErrorText();
  const suppliers = useSuppliers();

  const body = () => {
    if (suppliers.isPending) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (suppliers.isError) {
      return (
        <EmptyState
          title={t('catalog:suppliers.loadFailed')}
          description={errorText(suppliers.error)}
        />
      );
    }
    if (suppliers.data.items.length === 0) {
      return (
        <EmptyState
          title={t('catalog:suppliers.emptyTitle')}
          description={t('catalog:suppliers.emptyDescription')}
        />
      );
    }
    return <SuppliersTable suppliers={suppliers.data.items} />;
  };

  return (
    <>
      <PageHeader
        title={t('catalog:suppliers.title')}
        description={t('catalog:suppliers.subtitle')}
        actions={
          <Button component={Link} to="/admin/suppliers/new">
            {t('catalog:suppliers.add')}
          </Button>
        }
      />
      <Stack gap="sm">{body()}</Stack>
      <Outlet />
    </>
  );
};
