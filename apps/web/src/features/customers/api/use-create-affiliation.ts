import { createAffiliationMutation } from '@bei-hub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAffiliations } from './customers-cache';

export const useCreateAffiliation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...createAffiliationMutation(),
    // Both the doctor's and the clinic's lists show the new link.
    onSuccess: () => invalidateAffiliations(queryClient),
  });
};
