import { type ListCustomersData, listCustomersInfiniteOptions } from '@bei-hub/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';

const PAGE_SIZE = 50;

export type CustomerFilters = Omit<NonNullable<ListCustomersData['query']>, 'limit' | 'cursor'>;

/** Customers page by page over the keyset cursor, filtered as the list's controls say. */
export const useCustomersList = (filters: CustomerFilters) =>
  useInfiniteQuery({
    ...listCustomersInfiniteOptions({ query: { limit: PAGE_SIZE, ...filters } }),
    initialPageParam: {},
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
