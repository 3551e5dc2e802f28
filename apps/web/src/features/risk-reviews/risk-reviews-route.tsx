import { Center, EmptyState, Loader, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { notifySuccess } from '../../lib/notify';
import { useErrorText } from '../../lib/use-error-text';
import { type ReviewTab, useRiskReviews } from './api/use-risk-reviews';
import { DecidedTable } from './components/decided-table';
import { PendingReview } from './components/pending-review';

const ReviewList = ({ tab }: { tab: ReviewTab }) => {
  const { t } = useTranslation(['riskReviews', 'common']);
  const errorText = useErrorText();
  const reviews = useRiskReviews(tab);

  if (reviews.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (reviews.isError) {
    return (
      <EmptyState title={t('riskReviews:loadFailed')} description={errorText(reviews.error)} />
    );
  }
  const items = reviews.data.items;
  if (items.length === 0) {
    return (
      <EmptyState
        title={t(
          tab === 'pending' ? 'riskReviews:emptyPending.title' : 'riskReviews:emptyDecided.title',
        )}
        description={t(
          tab === 'pending'
            ? 'riskReviews:emptyPending.description'
            : 'riskReviews:emptyDecided.description',
        )}
      />
    );
  }
  if (tab === 'decided') return <DecidedTable reviews={items} />;
  return (
    <Stack gap="md">
      {items.map((review) => (
        <PendingReview key={review.orderId} review={review} onDecided={notifySuccess} />
      ))}
    </Stack>
  );
};

/** Orders a rule sent to a person (high risk, credit, profiling objection): decide each one. */
export const RiskReviewsRoute = () => {
  const { t } = useTranslation('riskReviews');
  // The tab is in the address, so a link can open the decided list directly.
  const [params, setParams] = useSearchParams();
  const tab: ReviewTab = params.get('status') === 'decided' ? 'decided' : 'pending';

  return (
    <>
      <PageHeader title={t('title')} description={t('subtitle')} />
      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(value === 'decided' ? { status: 'decided' } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabs.label')} mb="md">
          <Tabs.Tab value="pending">{t('tabs.pending')}</Tabs.Tab>
          <Tabs.Tab value="decided">{t('tabs.decided')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pending">
          <ReviewList tab="pending" />
        </Tabs.Panel>
        <Tabs.Panel value="decided">
          <ReviewList tab="decided" />
        </Tabs.Panel>
      </Tabs>
    </>
  );
};
