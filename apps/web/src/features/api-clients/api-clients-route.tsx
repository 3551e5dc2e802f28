import { Button, Center, EmptyState, Loader } from '@mantine/core';
import type { ApiClientDto } from '@bei-hub/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { useErrorText } from '../../lib/use-error-text';
import { useApiClients } from './api/use-api-clients';
import { ApiClientsTable } from './components/api-clients-table';
import { CreateApiClientDialog } from './components/create-api-client-dialog';
import { RevokeApiClientDialog } from './components/revoke-api-client-dialog';

export const ApiClientsRoute = () => {
  const { t } = useTranslation(['integrations', 'common']);
  const errorText = useErrorText();
  const list = useApiClients();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiClientDto | null>(null);

  const body = () => {
    if (list.isPending) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (list.isError) {
      return <EmptyState title={t('clients.loadFailed')} description={errorText(list.error)} />;
    }
    if (list.data.items.length === 0) {
      return (
        <EmptyState title={t('clients.emptyTitle')} description={t('clients.emptyDescription')} />
      );
    }
    return <ApiClientsTable clients={list.data.items} onRevoke={setRevoking} />;
  };

  return (
    <>
      <PageHeader
        title={t('clients.title')}
        description={t('clients.subtitle')}
        actions={<Button onClick={() => setCreating(true)}>{t('clients.add')}</Button>}
      />
      {body()}
      <CreateApiClientDialog opened={creating} onClose={() => setCreating(false)} />
      <RevokeApiClientDialog client={revoking} onClose={() => setRevoking(null)} />
    </>
  );
};
