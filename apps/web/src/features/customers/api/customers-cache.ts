import { listAffiliationsQueryKey, listCustomersQueryKey } from '@bei-hub/api-client';
import type { QueryClient } from '@tanstack/react-query';

/** Every cached customers list (any filter, the clinic pickers too), so a change shows everywhere. */
export const invalidateCustomerLists = (queryClient: QueryClient): Promise<void> =>
  queryClient.invalidateQueries({ queryKey: [{ _id: listCustomersQueryKey()[0]._id }] });

export const invalidateAffiliations = (queryClient: QueryClient): Promise<void> =>
  queryClient.invalidateQueries({
    queryKey: [{ _id: listAffiliationsQueryKey({ path: { id: '' } })[0]._id }],
  });

export const customerWithEtagKey = (id: string) => ['getCustomer', id, 'with-etag'] as const;
