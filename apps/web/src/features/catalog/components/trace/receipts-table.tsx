import type { LotReceiptDto } from '@bei-hub/api-client';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';

/** Where the lot came from: the purchase orders that received it. */
export const ReceiptsTable = ({ receipts }: { receipts: readonly LotReceiptDto[] }) => {
  const { t, i18n } = useTranslation('catalog');
  const language = currentLanguage(i18n);
  if (receipts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('trace.receiptsEmpty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label={t('trace.receiptsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('trace.columns.order')}</Table.Th>
            <Table.Th>{t('trace.columns.supplier')}</Table.Th>
            <Table.Th>{t('trace.columns.receivedAt')}</Table.Th>
            <Table.Th ta="right">{t('trace.columns.quantity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {receipts.map((receipt) => (
            <Table.Tr key={`${receipt.orderId}-${receipt.receivedAt}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/orders/${receipt.orderId}`}>
                  {receipt.orderNumber}
                </Anchor>
              </Table.Td>
              <Table.Td>{receipt.supplierName ?? '—'}</Table.Td>
              <Table.Td>{formatDateTime(receipt.receivedAt, language)}</Table.Td>
              <Table.Td ta="right">{receipt.quantity}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
