import { updateOrder, type UpdateOrderData } from '@bei-hub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateOrderLists, type OrderWithEtag, orderWithEtagKey } from './orders-cache';

type UpdateOrderInput = { id: string; etag: string; changes: UpdateOrderData['body'] };

/** PATCH of a draft guarded by If-Match, so two people editing it cannot overwrite each other. */
export const useUpdateOrder = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, changes }: UpdateOrderInput): Promise<OrderWithEtag> => {
      const { data, response } = await updateOrder({
        path: { id },
        body: changes,
        headers: { 'If-Match': etag },
        throwOnError: true,
      });
      return { order: data, etag: response.headers.get('ETag') };
    },
    onSuccess: (result) => {
      queryClient.setQueryData(orderWithEtagKey(result.order.id), result);
      return invalidateOrderLists(queryClient);
    },
  });
};
