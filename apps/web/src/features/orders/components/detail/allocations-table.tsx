import type { OrderResponseDto } from '@bei-hub/api-client';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';

type AllocationsTableProps = Pick<OrderResponseDto, 'allocations' | 'lines'> & {
  /** Lot trace is for managers and admins; others see the lot number without a link. */
  canTrace: boolean;
};

/** Which lot each line left the warehouse from (CDAKB: product, lot and expiry per delivery). */
export const AllocationsTable = ({ allocations, lines, canTrace }: AllocationsTableProps) => {
  const { t, i18n } = useTranslation('orders');
  const language = currentLanguage(i18n);
  if (allocations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('detail.allocationsEmpty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" aria-label={t('detail.allocationsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('allocations.product')}</Table.Th>
            <Table.Th>{t('allocations.lot')}</Table.Th>
            <Table.Th>{t('allocations.expiry')}</Table.Th>
            <Table.Th ta="right">{t('allocations.quantity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {allocations.map((allocation) => {
            const line = lines[allocation.lineIndex];
            return (
              <Table.Tr key={`${allocation.lineIndex}-${allocation.lotNumber}`}>
                <Table.Td>
                  {line ? `${line.sku} · ${line.name}` : allocation.lineIndex + 1}
                </Table.Td>
                <Table.Td>
                  {canTrace ? (
                    <Anchor
                      component={Link}
                      to={`/lot-trace?lot=${encodeURIComponent(allocation.lotNumber)}`}
                      aria-label={t('allocations.trace', { lot: allocation.lotNumber })}
                    >
                      {allocation.lotNumber}
                    </Anchor>
                  ) : (
                    allocation.lotNumber
                  )}
                </Table.Td>
                <Table.Td>{formatCalendarDate(allocation.expiryDate, language)}</Table.Td>
                <Table.Td ta="right">{allocation.quantity}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
