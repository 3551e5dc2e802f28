import { listUsersInfiniteOptions } from '@bei-hub/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';

const PAGE_SIZE = 50;

/** Users page by page (keyset cursor), filtered by a search text. */
export const useUsersList = (search: string) => {
  const q = search.trim() || undefined;
  return useInfiniteQuery({
    ...listUsersInfiniteOptions({ query: { limit: PAGE_SIZE, q } }),
    initialPageParam: {},
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
};
