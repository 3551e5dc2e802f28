import { getUser, type GetUserResponse } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';
import { userWithEtagKey } from './users-cache';

export type UserWithEtag = { user: GetUserResponse; etag: string | null };

/** One user plus the ETag that a later PATCH must send back as If-Match. */
export const useUser = (id: string) =>
  useQuery({
    queryKey: userWithEtagKey(id),
    queryFn: async ({ signal }): Promise<UserWithEtag> => {
      const { data, response } = await getUser({ path: { id }, signal, throwOnError: true });
      return { user: data, etag: response.headers.get('ETag') };
    },
    // Always edit the latest version: a stale ETag only earns a 412.
    staleTime: 0,
  });
