import { type ListProductsData, listProductsInfiniteOptions } from '@bei-hub/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';

const PAGE_SIZE = 50;

export type ProductFilters = Pick<NonNullable<ListProductsData['query']>, 'q' | 'active'>;

/** Products page by page over the keyset cursor. */
export const useProductsList = (filters: ProductFilters) =>
  useInfiniteQuery({
    ...listProductsInfiniteOptions({ query: { limit: PAGE_SIZE, ...filters } }),
    initialPageParam: {},
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
