import type { LotDeliveryDto } from '@bei-hub/api-client';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';

/**
 * Every consignee of the lot with a way to reach them (CDAKB recall). Recall notices are service
 * messages, so contacts show even for customers who opted out of marketing.
 */
export const DeliveriesTable = ({ deliveries }: { deliveries: readonly LotDeliveryDto[] }) => {
  const { t, i18n } = useTranslation('catalog');
  const language = currentLanguage(i18n);
  if (deliveries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('trace.deliveriesEmpty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing="xs" aria-label={t('trace.deliveriesTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('trace.columns.customer')}</Table.Th>
            <Table.Th>{t('trace.columns.order')}</Table.Th>
            <Table.Th>{t('trace.columns.deliveredAt')}</Table.Th>
            <Table.Th ta="right">{t('trace.columns.quantity')}</Table.Th>
            <Table.Th>{t('trace.columns.email')}</Table.Th>
            <Table.Th>{t('trace.columns.phone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((delivery) => (
            <Table.Tr key={`${delivery.orderId}-${delivery.deliveredAt}`}>
              <Table.Td>
                <Anchor component={Link} to={`/customers/${delivery.customerId}`}>
                  {delivery.customerName}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/orders/${delivery.orderId}`}>
                  {delivery.orderNumber}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(delivery.deliveredAt, language)}
              </Table.Td>
              <Table.Td ta="right">{delivery.quantity}</Table.Td>
              <Table.Td>
                {delivery.customerEmail ? (
                  <Anchor href={`mailto:${delivery.customerEmail}`}>
                    {delivery.customerEmail}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {delivery.customerPhone ? (
                  <Anchor href={`tel:${delivery.customerPhone}`}>{delivery.customerPhone}</Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
