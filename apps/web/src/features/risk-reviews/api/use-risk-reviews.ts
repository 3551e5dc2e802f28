import { listRiskReviewsOptions } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';

export type ReviewTab = 'pending' | 'decided';

/** The review queue (oldest submission first) or the decisions taken. */
export const useRiskReviews = (status: ReviewTab) =>
  useQuery(listRiskReviewsOptions({ query: { status } }));
