import type { OrderResponseDto } from '@bei-hub/api-client';
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';
import { OrderStatusBadge } from '../badges/order-status-badge';

type OrderHistoryProps = Pick<
  OrderResponseDto,
  'status' | 'createdAt' | 'updatedAt' | 'reviewNote'
>;

/**
 * A short story of the order: created, and where it stands since its last change. The API gives
 * no per-step timestamps yet; the full trail is in the audit log.
 */
export const OrderHistory = ({ status, createdAt, updatedAt, reviewNote }: OrderHistoryProps) => {
  const { t, i18n } = useTranslation('orders');
  const language = currentLanguage(i18n);
  const changed = status !== 'draft' || updatedAt !== createdAt;
  return (
    <Timeline active={changed ? 1 : 0} bulletSize={12} lineWidth={2}>
      <Timeline.Item title={t('history.created')}>
        <Text size="xs" c="dimmed">
          {formatDateTime(createdAt, language)}
        </Text>
      </Timeline.Item>
      {changed && (
        <Timeline.Item title={t('history.current')}>
          <OrderStatusBadge status={status} />
          <Text size="xs" c="dimmed" mt={2}>
            {formatDateTime(updatedAt, language)}
          </Text>
          {reviewNote && (
            <Text size="xs" mt={2}>
              {t('history.note', { note: reviewNote })}
            </Text>
          )}
        </Timeline.Item>
      )}
    </Timeline>
  );
};
