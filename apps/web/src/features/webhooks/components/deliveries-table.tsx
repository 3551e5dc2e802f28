import { Badge, Button, Code, Table, Text } from '@mantine/core';
import type { WebhookDeliveryDto } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useErrorText } from '../../../lib/use-error-text';
import { useRetryWebhookDelivery } from '../api/use-webhooks';

const STATUS_COLOR: Record<WebhookDeliveryDto['status'], string> = {
  pending: 'yellow',
  succeeded: 'teal',
  failed: 'red',
};

type DeliveriesTableProps = { endpointId: string; deliveries: readonly WebhookDeliveryDto[] };

export const DeliveriesTable = ({ endpointId, deliveries }: DeliveriesTableProps) => {
  const { t, i18n } = useTranslation(['integrations', 'common']);
  const language = currentLanguage(i18n);
  const errorText = useErrorText();
  const retry = useRetryWebhookDelivery(endpointId);
  const dash = (
    <Text size="sm" c="dimmed" span>
      —
    </Text>
  );

  return (
    <Table.ScrollContainer minWidth={960} maxHeight="calc(100vh - 280px)">
      <Table stickyHeader striped highlightOnHover verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('webhooks.deliveries.columns.event')}</Table.Th>
            <Table.Th>{t('webhooks.deliveries.columns.status')}</Table.Th>
            <Table.Th>{t('webhooks.deliveries.columns.attempts')}</Table.Th>
            <Table.Th>{t('webhooks.deliveries.columns.lastStatusCode')}</Table.Th>
            <Table.Th>{t('webhooks.deliveries.columns.lastError')}</Table.Th>
            <Table.Th>{t('webhooks.deliveries.columns.createdAt')}</Table.Th>
            <Table.Th>{t('webhooks.deliveries.columns.deliveredAt')}</Table.Th>
            <Table.Th>{t('webhooks.deliveries.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((delivery) => (
            <Table.Tr key={delivery.id}>
              <Table.Td>
                <Code>{delivery.eventType}</Code>
                <Text size="xs" c="dimmed" title={delivery.eventId}>
                  {delivery.eventId.slice(0, 8)}…
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLOR[delivery.status]} size="sm" tt="none">
                  {t(`webhooks.deliveries.status.${delivery.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{delivery.attempts}</Table.Td>
              <Table.Td>{delivery.lastStatusCode ?? dash}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word', maxWidth: 280 }}>
                {delivery.lastError ?? dash}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(delivery.createdAt, language)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {delivery.deliveredAt ? formatDateTime(delivery.deliveredAt, language) : dash}
              </Table.Td>
              <Table.Td>
                {delivery.status !== 'succeeded' && (
                  <Button
                    variant="light"
                    size="compact-sm"
                    loading={retry.isPending && retry.variables.path.deliveryId === delivery.id}
                    aria-label={t('webhooks.deliveries.retryLabel', { event: delivery.eventType })}
                    onClick={() =>
                      retry.mutate(
                        { path: { id: endpointId, deliveryId: delivery.id } },
                        {
                          onSuccess: () => notifySuccess(t('webhooks.deliveries.retried')),
                          onError: (error) =>
                            notifyError(t('common:errors.title'), errorText(error)),
                        },
                      )
                    }
                  >
                    {t('webhooks.deliveries.retry')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
