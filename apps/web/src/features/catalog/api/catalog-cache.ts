import { listProductsQueryKey, listSuppliersQueryKey } from '@bei-hub/api-client';
import type { QueryClient } from '@tanstack/react-query';

export const productWithEtagKey = (id: string) => ['getProduct', id, 'with-etag'] as const;

/** Every cached products list and picker search, so a change shows wherever it is listed. */
export const invalidateProductLists = (queryClient: QueryClient): Promise<void> =>
  queryClient.invalidateQueries({ queryKey: [{ _id: listProductsQueryKey()[0]._id }] });

export const invalidateSuppliers = (queryClient: QueryClient): Promise<void> =>
  queryClient.invalidateQueries({ queryKey: [{ _id: listSuppliersQueryKey()[0]._id }] });
