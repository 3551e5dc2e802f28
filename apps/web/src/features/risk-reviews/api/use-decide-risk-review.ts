import {
  decideRiskReview,
  listRiskReviewsQueryKey,
  type RiskDecisionDto,
} from '@bei-hub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refreshAfterTransition } from '../../orders/api/orders-cache';

type DecisionInput = { orderId: string } & RiskDecisionDto;

/** A person's decision on an order under review; the note is kept with the order. */
export const useDecideRiskReview = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ orderId, decision, note }: DecisionInput) =>
      (
        await decideRiskReview({
          path: { orderId },
          body: { decision, note: note.trim() },
          throwOnError: true,
        })
      ).data,
    onSuccess: async (order) => {
      await refreshAfterTransition(queryClient, order);
      await queryClient.invalidateQueries({
        queryKey: [{ _id: listRiskReviewsQueryKey()[0]._id }],
      });
    },
  });
};
