import { createOrderMutation } from '@bei-hub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateOrderLists } from './orders-cache';

export const useCreateOrder = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...createOrderMutation(),
    onSuccess: () => invalidateOrderLists(queryClient),
  });
};
