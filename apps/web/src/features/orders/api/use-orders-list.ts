import { type ListOrdersData, listOrdersInfiniteOptions } from '@bei-hub/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';

const PAGE_SIZE = 50;

export type OrderFilters = Omit<NonNullable<ListOrdersData['query']>, 'limit' | 'cursor'>;

/** Orders page by page over the keyset cursor, newest first, filtered as the controls say. */
export const useOrdersList = (filters: OrderFilters, pageSize = PAGE_SIZE) =>
  useInfiniteQuery({
    ...listOrdersInfiniteOptions({ query: { limit: pageSize, ...filters } }),
    initialPageParam: {},
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
