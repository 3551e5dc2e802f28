import type { LotDto } from '@bei-hub/api-client';
import { Anchor, Table, Text } from '@mantine/core';
import { todayInJakarta } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';
import { lotExpiryState } from '../../lot-expiry';
import { LotExpiryBadge } from './lot-expiry-badge';

type LotsTableProps = { lots: readonly LotDto[]; canTrace: boolean };

/** A product's lots, first expiry first; expired lots (never allocated) stand out in red. */
export const LotsTable = ({ lots, canTrace }: LotsTableProps) => {
  const { t, i18n } = useTranslation('catalog');
  const language = currentLanguage(i18n);
  const today = todayInJakarta();
  if (lots.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('lots.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" aria-label={t('detail.lotsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lots.lotNumber')}</Table.Th>
            <Table.Th>{t('lots.expiryDate')}</Table.Th>
            <Table.Th ta="right">{t('lots.quantity')}</Table.Th>
            <Table.Th>{t('lots.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lots.map((lot) => {
            const state = lotExpiryState(lot, today);
            return (
              <Table.Tr key={lot.lotNumber} c={state === 'expired' ? 'red.8' : undefined}>
                <Table.Td>
                  {canTrace ? (
                    <Anchor
                      component={Link}
                      to={`/lot-trace?lot=${encodeURIComponent(lot.lotNumber)}`}
                    >
                      {lot.lotNumber}
                    </Anchor>
                  ) : (
                    lot.lotNumber
                  )}
                </Table.Td>
                <Table.Td>{formatCalendarDate(lot.expiryDate, language)}</Table.Td>
                <Table.Td ta="right">{lot.quantityOnHand}</Table.Td>
                <Table.Td>
                  <LotExpiryBadge state={state} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
