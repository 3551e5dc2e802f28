import { Anchor, Button, Center, EmptyState, Loader, Table } from '@mantine/core';
import type { WebhookEndpointDto } from '@bei-hub/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { formatDateTime } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { ScopeBadges } from '../api-clients/components/scope-badges';
import { useWebhookEndpoints } from './api/use-webhooks';
import { CreateWebhookDialog } from './components/create-webhook-dialog';
import { DeleteWebhookDialog } from './components/delete-webhook-dialog';
import { EndpointStatusBadge } from './components/endpoint-status-badge';

export const WebhooksRoute = () => {
  const { t, i18n } = useTranslation(['integrations', 'common']);
  const language = currentLanguage(i18n);
  const errorText = useErrorText();
  const list = useWebhookEndpoints();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<WebhookEndpointDto | null>(null);

  const body = () => {
    if (list.isPending) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (list.isError) {
      return <EmptyState title={t('webhooks.loadFailed')} description={errorText(list.error)} />;
    }
    if (list.data.items.length === 0) {
      return (
        <EmptyState title={t('webhooks.emptyTitle')} description={t('webhooks.emptyDescription')} />
      );
    }
    return (
      <Table.ScrollContainer minWidth={800} maxHeight="calc(100vh - 240px)">
        <Table stickyHeader striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('webhooks.columns.url')}</Table.Th>
              <Table.Th>{t('webhooks.columns.events')}</Table.Th>
              <Table.Th>{t('webhooks.columns.status')}</Table.Th>
              <Table.Th>{t('webhooks.columns.createdAt')}</Table.Th>
              <Table.Th>{t('webhooks.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((endpoint) => (
              <Table.Tr key={endpoint.id}>
                <Table.Td style={{ wordBreak: 'break-all' }}>
                  <Anchor
                    component={Link}
                    to={endpoint.id}
                    fw={500}
                    aria-label={t('webhooks.open', { url: endpoint.url })}
                  >
                    {endpoint.url}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <ScopeBadges scopes={endpoint.events} />
                </Table.Td>
                <Table.Td>
                  <EndpointStatusBadge endpoint={endpoint} />
                </Table.Td>
                <Table.Td>{formatDateTime(endpoint.createdAt, language)}</Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => setDeleting(endpoint)}
                    aria-label={t('webhooks.delete.label', { url: endpoint.url })}
                  >
                    {t('webhooks.delete.action')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        description={t('webhooks.subtitle')}
        actions={<Button onClick={() => setCreating(true)}>{t('webhooks.add')}</Button>}
      />
      {body()}
      <CreateWebhookDialog opened={creating} onClose={() => setCreating(false)} />
      <DeleteWebhookDialog endpoint={deleting} onClose={() => setDeleting(null)} />
    </>
  );
};
