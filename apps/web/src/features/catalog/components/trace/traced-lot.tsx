import type { TracedLotDto } from '@bei-hub/api-client';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { todayInJakarta } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';
import { lotExpiryState } from '../../lot-expiry';
import { LotExpiryBadge } from '../products/lot-expiry-badge';
import { DeliveriesTable } from './deliveries-table';
import { ReceiptsTable } from './receipts-table';

/** One product's lot with that number: its origin and every delivery. */
export const TracedLot = ({ lot }: { lot: TracedLotDto }) => {
  const { t, i18n } = useTranslation('catalog');
  const language = currentLanguage(i18n);
  const delivered = lot.deliveries.reduce((sum, delivery) => sum + delivery.quantity, 0);
  const customers = new Set(lot.deliveries.map((delivery) => delivery.customerId)).size;

  return (
    <Paper withBorder p="md" component="article" aria-label={`${lot.sku} · ${lot.productName}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h4">
              <Anchor component={Link} to={`/products/${lot.productId}`} inherit>
                {lot.productName}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed">
              {lot.sku}
            </Text>
          </Stack>
          <Group gap="lg">
            <Stack gap={0} align="flex-end">
              <Text size="xs" c="dimmed">
                {t('trace.expiry')}
              </Text>
              <Group gap={6}>
                <Text size="sm" fw={500}>
                  {formatCalendarDate(lot.expiryDate, language)}
                </Text>
                <LotExpiryBadge state={lotExpiryState(lot, todayInJakarta())} />
              </Group>
            </Stack>
            <Stack gap={0} align="flex-end">
              <Text size="xs" c="dimmed">
                {t('trace.onHand')}
              </Text>
              <Text size="sm" fw={500}>
                {lot.quantityOnHand}
              </Text>
            </Stack>
          </Group>
        </Group>
        <Stack gap={4}>
          <Title order={3} size="h6">
            {t('trace.receiptsTitle')}
          </Title>
          <ReceiptsTable receipts={lot.receipts} />
        </Stack>
        <Stack gap={4}>
          <Group justify="space-between">
            <Title order={3} size="h6">
              {t('trace.deliveriesTitle')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('trace.deliveriesSummary', { units: delivered, customers })}
            </Text>
          </Group>
          <DeliveriesTable deliveries={lot.deliveries} />
        </Stack>
      </Stack>
    </Paper>
  );
};
