import type { OrderResponseDto } from '@bei-hub/api-client';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';

type OrderLinesTableProps = Pick<OrderResponseDto, 'lines' | 'kind'>;

export const OrderLinesTable = ({ lines, kind }: OrderLinesTableProps) => {
  const { t, i18n } = useTranslation('orders');
  const language = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs" aria-label={t('detail.linesTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lines.sku')}</Table.Th>
            <Table.Th>{t('lines.name')}</Table.Th>
            <Table.Th ta="right">{t('lines.quantity')}</Table.Th>
            <Table.Th ta="right">
              {kind === 'sale' ? t('lines.unitPrice') : t('lines.unitCost')}
            </Table.Th>
            {kind === 'sale' && <Table.Th ta="right">{t('lines.discount')}</Table.Th>}
            <Table.Th ta="right">{t('lines.lineTotal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, index) => (
            <Table.Tr key={`${line.productId}-${index}`}>
              <Table.Td>{line.sku}</Table.Td>
              <Table.Td>{line.name}</Table.Td>
              <Table.Td ta="right">{line.quantity}</Table.Td>
              <Table.Td ta="right">{formatMoney(line.unitPrice, language)}</Table.Td>
              {kind === 'sale' && (
                <Table.Td ta="right">
                  {line.discountPercent
                    ? `${line.discountPercent.toLocaleString(language)} %`
                    : '—'}
                </Table.Td>
              )}
              <Table.Td ta="right">{formatMoney(line.lineTotal, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
