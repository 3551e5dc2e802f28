import type { OrderResponseDto } from '@bei-hub/api-client';
import { Table } from '@mantine/core';
import type { TFunction } from 'i18next';
import { formatMoney } from '../../../../lib/format';

type PrintLinesProps = { order: OrderResponseDto; t: TFunction<'orders'> };

export const PrintLines = ({ order, t }: PrintLinesProps) => (
  <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm">
    <Table.Thead>
      <Table.Tr>
        <Table.Th w={36}>{t('print.no')}</Table.Th>
        <Table.Th>{t('print.sku')}</Table.Th>
        <Table.Th>{t('print.product')}</Table.Th>
        <Table.Th ta="right">{t('print.quantity')}</Table.Th>
        <Table.Th ta="right">{t('print.unitPrice')}</Table.Th>
        {order.kind === 'sale' && <Table.Th ta="right">{t('print.discount')}</Table.Th>}
        <Table.Th ta="right">{t('print.amount')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      {order.lines.map((line, index) => (
        <Table.Tr key={`${line.productId}-${index}`}>
          <Table.Td>{index + 1}</Table.Td>
          <Table.Td>{line.sku}</Table.Td>
          <Table.Td>{line.name}</Table.Td>
          <Table.Td ta="right">{line.quantity}</Table.Td>
          <Table.Td ta="right">{formatMoney(line.unitPrice, 'id')}</Table.Td>
          {order.kind === 'sale' && (
            <Table.Td ta="right">
              {line.discountPercent ? `${line.discountPercent.toLocaleString('id-ID')}%` : '—'}
            </Table.Td>
          )}
          <Table.Td ta="right">{formatMoney(line.lineTotal, 'id')}</Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
);
