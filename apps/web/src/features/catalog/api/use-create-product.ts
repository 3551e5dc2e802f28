import { createProductMutation } from '@bei-hub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateProductLists } from './catalog-cache';

export const useCreateProduct = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...createProductMutation(),
    onSuccess: () => invalidateProductLists(queryClient),
  });
};
