import { Table } from '@mantine/core';
import { DEFAULT_PPN } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';

export type TotalsFigures = {
  subtotal: number;
  discountTotal: number;
  taxBase: number;
  ppn: number;
  total: number;
};

type OrderTotalsProps = { totals: TotalsFigures; live?: boolean };

/** Subtotal → discount → DPP → PPN → total, the way an Indonesian invoice reads. */
export const OrderTotals = ({ totals, live = false }: OrderTotalsProps) => {
  const { t, i18n } = useTranslation('orders');
  const language = currentLanguage(i18n);
  const money = (amount: number) => formatMoney(amount, language);
  const rows: [string, string, boolean][] = [
    [t('totals.subtotal'), money(totals.subtotal), false],
    [t('totals.discount'), totals.discountTotal ? money(-totals.discountTotal) : money(0), false],
    [
      t('totals.taxBase', {
        numerator: DEFAULT_PPN.dppNumerator,
        denominator: DEFAULT_PPN.dppDenominator,
      }),
      money(totals.taxBase),
      false,
    ],
    [t('totals.ppn', { rate: DEFAULT_PPN.ratePercent }), money(totals.ppn), false],
    [t('totals.total'), money(totals.total), true],
  ];
  return (
    <Table
      aria-label={t('totals.title')}
      // While typing, a screen reader hears the new total without leaving the field.
      aria-live={live ? 'polite' : undefined}
      withRowBorders={false}
      verticalSpacing={4}
    >
      <Table.Tbody>
        {rows.map(([label, value, strong]) => (
          <Table.Tr key={label} fw={strong ? 700 : undefined} fz={strong ? 'md' : 'sm'}>
            <Table.Th fw={strong ? 700 : 400} c={strong ? undefined : 'dimmed'}>
              {label}
            </Table.Th>
            <Table.Td ta="right">{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};
