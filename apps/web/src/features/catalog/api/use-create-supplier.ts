import { createSupplierMutation } from '@bei-hub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateSuppliers } from './catalog-cache';

export const useCreateSupplier = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...createSupplierMutation(),
    onSuccess: () => invalidateSuppliers(queryClient),
  });
};
