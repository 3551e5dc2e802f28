import { Anchor, Button, Center, EmptyState, Group, Loader, Stack, Title } from '@mantine/core';
import type { WebhookEndpointDto } from '@bei-hub/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { useErrorText } from '../../lib/use-error-text';
import { ScopeBadges } from '../api-clients/components/scope-badges';
import { useWebhookDeliveries, useWebhookEndpoints } from './api/use-webhooks';
import { DeleteWebhookDialog } from './components/delete-webhook-dialog';
import { DeliveriesTable } from './components/deliveries-table';
import { EndpointStatusBadge } from './components/endpoint-status-badge';

/** One endpoint: its settings and its delivery log with retry-now. */
export const WebhookEndpointRoute = () => {
  const { t } = useTranslation(['integrations', 'common']);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { endpointId = '' } = useParams();
  // There is no single-endpoint GET; the list is short and already cached from the list page.
  const endpoints = useWebhookEndpoints();
  const deliveries = useWebhookDeliveries(endpointId);
  const endpoint = endpoints.data?.items.find((item) => item.id === endpointId);
  const [deleting, setDeleting] = useState<WebhookEndpointDto | null>(null);

  const deliveriesBody = () => {
    if (deliveries.isPending) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (deliveries.isError) {
      return (
        <EmptyState
          title={t('webhooks.deliveries.loadFailed')}
          description={errorText(deliveries.error)}
        />
      );
    }
    if (deliveries.data.items.length === 0) {
      return (
        <EmptyState
          title={t('webhooks.deliveries.emptyTitle')}
          description={t('webhooks.deliveries.emptyDescription')}
        />
      );
    }
    return <DeliveriesTable endpointId={endpointId} deliveries={deliveries.data.items} />;
  };

  if (endpoints.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!endpoint) {
    return (
      <Stack>
        <EmptyState
          title={t('webhooks.deliveries.notFound')}
          description={endpoints.isError ? errorText(endpoints.error) : undefined}
        />
        <Anchor component={Link} to="/admin/webhooks">
          {t('webhooks.deliveries.back')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <>
      <Anchor component={Link} to="/admin/webhooks" size="sm">
        ← {t('webhooks.deliveries.back')}
      </Anchor>
      <PageHeader
        title={endpoint.url}
        actions={
          <Button variant="light" color="red" onClick={() => setDeleting(endpoint)}>
            {t('webhooks.delete.action')}
          </Button>
        }
      />
      <Stack gap="md">
        <Group gap="md">
          <EndpointStatusBadge endpoint={endpoint} />
          <ScopeBadges scopes={endpoint.events} />
        </Group>
        <Title order={2} size="h4">
          {t('webhooks.deliveries.title')}
        </Title>
        {deliveriesBody()}
      </Stack>
      <DeleteWebhookDialog
        endpoint={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={() => void navigate('/admin/webhooks')}
      />
    </>
  );
};
