import type { RiskReviewDto } from '@bei-hub/api-client';
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RiskLevelBadge } from '../../orders/components/badges/risk-level-badge';
import { RiskReasonText } from '../../orders/components/detail/risk-reason-text';

/** Why this order waits: the rules that scored it and the reasons a person must decide. */
export const ReviewFacts = ({ review }: { review: RiskReviewDto }) => {
  const { t } = useTranslation(['riskReviews', 'orders']);
  return (
    <Stack gap={6}>
      <Group gap="xs">
        {review.reviewReasons.map((reason) => (
          <Badge key={reason.code} color="yellow" variant="light" tt="none" title={reason.message}>
            {t(`orders:reviewReasons.${reason.code}`)}
          </Badge>
        ))}
        {review.risk && (
          <>
            <RiskLevelBadge level={review.risk.level} />
            <Text size="sm">{t('riskReviews:card.score', { score: review.risk.score })}</Text>
          </>
        )}
      </Group>
      {review.risk && review.risk.reasons.length > 0 && (
        <List size="sm" spacing={2}>
          {review.risk.reasons.map((reason) => (
            <List.Item key={reason.code}>
              <RiskReasonText code={reason.code} message={reason.message} />{' '}
              <Text span size="xs" c="dimmed">
                {t('orders:riskPanel.points', { points: reason.points })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {review.risk && review.risk.reasons.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('orders:riskPanel.noReasons')}
        </Text>
      )}
      {!review.risk && (
        <Text size="sm" c="dimmed">
          {t('riskReviews:card.notScored')}
        </Text>
      )}
    </Stack>
  );
};
