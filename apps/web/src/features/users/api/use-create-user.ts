import { createUserMutation } from '@bei-hub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateUserLists } from './users-cache';

export const useCreateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...createUserMutation(),
    onSuccess: () => invalidateUserLists(queryClient),
  });
};
