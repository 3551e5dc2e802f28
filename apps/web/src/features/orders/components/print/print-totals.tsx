import type { OrderResponseDto } from '@bei-hub/api-client';
import { Table } from '@mantine/core';
import { DEFAULT_PPN } from '@bei-hub/domain';
import type { TFunction } from 'i18next';
import { formatMoney } from '../../../../lib/format';

type PrintTotalsProps = { order: OrderResponseDto; t: TFunction<'orders'> };

/** The tax block as PMK 131/2024 reads: DPP is 11/12 of the net, PPN 12 % of DPP. */
export const PrintTotals = ({ order, t }: PrintTotalsProps) => {
  const rows: [string, number, boolean][] = [
    [t('print.subtotal'), order.subtotal, false],
    [t('print.discount'), -order.discountTotal, false],
    [
      t('print.taxBase', {
        numerator: DEFAULT_PPN.dppNumerator,
        denominator: DEFAULT_PPN.dppDenominator,
      }),
      order.taxBase,
      false,
    ],
    [
      t('print.ppn', {
        rate: DEFAULT_PPN.ratePercent,
        numerator: DEFAULT_PPN.dppNumerator,
        denominator: DEFAULT_PPN.dppDenominator,
      }),
      order.ppn,
      false,
    ],
    [t('print.total'), order.total, true],
  ];
  return (
    <Table w={360} ml="auto" withRowBorders={false} verticalSpacing={2} fz="sm">
      <Table.Tbody>
        {rows.map(([label, amount, strong]) => (
          <Table.Tr key={label} fw={strong ? 700 : undefined}>
            <Table.Th fw={strong ? 700 : 400}>{label}</Table.Th>
            <Table.Td ta="right">{formatMoney(amount === 0 ? 0 : amount, 'id')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};
