import type { RiskReviewDto } from '@bei-hub/api-client';
import { Anchor, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatMoney } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { DecisionForm } from './decision-form';
import { ReviewFacts } from './review-facts';

type PendingReviewProps = { review: RiskReviewDto; onDecided: (message: string) => void };

export const PendingReview = ({ review, onDecided }: PendingReviewProps) => {
  const { t, i18n } = useTranslation('riskReviews');
  const language = currentLanguage(i18n);
  return (
    <Paper withBorder p="md" component="article" aria-label={review.orderNumber}>
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="xs">
            <Group gap="sm" justify="space-between">
              <Title order={2} size="h4">
                <Anchor component={Link} to={`/orders/${review.orderId}`} inherit>
                  {review.orderNumber}
                </Anchor>
              </Title>
              <Text fw={700}>{formatMoney(review.total, language)}</Text>
            </Group>
            <Text size="sm">
              <Anchor component={Link} to={`/customers/${review.customerId}`}>
                {review.customerName}
              </Anchor>
              {' · '}
              <Text span c="dimmed" size="sm">
                {t('card.submittedAt', { date: formatDateTime(review.submittedAt, language) })}
              </Text>
            </Text>
            <ReviewFacts review={review} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <DecisionForm
            orderId={review.orderId}
            orderNumber={review.orderNumber}
            onDecided={onDecided}
          />
        </Grid.Col>
      </Grid>
    </Paper>
  );
};
