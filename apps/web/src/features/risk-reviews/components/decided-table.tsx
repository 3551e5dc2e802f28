import type { RiskReviewDto } from '@bei-hub/api-client';
import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatMoney } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { ORDER_STATUS_COLOR } from '../../orders/components/badges/order-colors';

/** Decisions already taken, each with the note that explains it. */
export const DecidedTable = ({ reviews }: { reviews: readonly RiskReviewDto[] }) => {
  const { t, i18n } = useTranslation('riskReviews');
  const language = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={860} maxHeight="calc(100vh - 300px)">
      <Table stickyHeader striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.order')}</Table.Th>
            <Table.Th>{t('columns.customer')}</Table.Th>
            <Table.Th ta="right">{t('columns.total')}</Table.Th>
            <Table.Th>{t('columns.decision')}</Table.Th>
            <Table.Th>{t('columns.note')}</Table.Th>
            <Table.Th>{t('columns.submittedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviews.map((review) => (
            <Table.Tr key={review.orderId}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/orders/${review.orderId}`}>
                  {review.orderNumber}
                </Anchor>
              </Table.Td>
              <Table.Td>{review.customerName}</Table.Td>
              <Table.Td ta="right">{formatMoney(review.total, language)}</Table.Td>
              <Table.Td>
                <Badge
                  color={
                    review.status === 'approved'
                      ? ORDER_STATUS_COLOR.approved
                      : ORDER_STATUS_COLOR.cancelled
                  }
                  variant="light"
                  size="sm"
                  tt="none"
                >
                  {t(`status.${review.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{review.note ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(review.submittedAt, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
