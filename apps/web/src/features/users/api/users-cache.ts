import { listUsersQueryKey } from '@bei-hub/api-client';
import type { QueryClient } from '@tanstack/react-query';

/** Every cached page of every users list (any search), so a change shows up wherever it is listed. */
export const invalidateUserLists = (queryClient: QueryClient): Promise<void> =>
  queryClient.invalidateQueries({ queryKey: [{ _id: listUsersQueryKey()[0]._id }] });

export const userWithEtagKey = (id: string) => ['getUser', id, 'with-etag'] as const;
