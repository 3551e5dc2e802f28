import { updateUser, type UpdateUserData } from '@bei-hub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserWithEtag } from './use-user';
import { invalidateUserLists, userWithEtagKey } from './users-cache';

type UpdateUserInput = { id: string; etag: string; changes: UpdateUserData['body'] };

/** PATCH guarded by If-Match, so two admins editing at once cannot overwrite each other. */
export const useUpdateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, changes }: UpdateUserInput): Promise<UserWithEtag> => {
      const { data, response } = await updateUser({
        path: { id },
        body: changes,
        headers: { 'If-Match': etag },
        throwOnError: true,
      });
      return { user: data, etag: response.headers.get('ETag') };
    },
    onSuccess: (result) => {
      queryClient.setQueryData(userWithEtagKey(result.user.id), result);
      return invalidateUserLists(queryClient);
    },
  });
};
