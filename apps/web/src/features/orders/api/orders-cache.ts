import {
  listOrdersQueryKey,
  listProductLotsQueryKey,
  listProductsQueryKey,
  listRiskReviewsQueryKey,
  type OrderResponseDto,
} from '@bei-hub/api-client';
import type { QueryClient } from '@tanstack/react-query';

export type OrderWithEtag = { order: OrderResponseDto; etag: string | null };

export const orderWithEtagKey = (id: string) => ['getOrder', id, 'with-etag'] as const;

const byOperation = (id: string) => ({ queryKey: [{ _id: id }] });

/** Every cached orders list (any filter, any customer tab), so a change shows wherever it is listed. */
export const invalidateOrderLists = (queryClient: QueryClient): Promise<void> =>
  queryClient.invalidateQueries(byOperation(listOrdersQueryKey()[0]._id));

/**
 * After a transition: the order itself, the lists, the review queue, and stock (fulfil and
 * receive move it).
 */
export const refreshAfterTransition = async (
  queryClient: QueryClient,
  order: OrderResponseDto,
): Promise<void> => {
  // The action's answer is the new state; the ETag comes with the refetch below.
  queryClient.setQueryData<OrderWithEtag>(orderWithEtagKey(order.id), (previous) => ({
    order,
    etag: previous?.order.version === order.version ? previous.etag : null,
  }));
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: orderWithEtagKey(order.id) }),
    invalidateOrderLists(queryClient),
    queryClient.invalidateQueries(byOperation(listRiskReviewsQueryKey()[0]._id)),
    queryClient.invalidateQueries(byOperation(listProductsQueryKey()[0]._id)),
    queryClient.invalidateQueries(
      byOperation(listProductLotsQueryKey({ path: { id: '' } })[0]._id),
    ),
  ]);
};
