import { updateCustomer, type UpdateCustomerData } from '@bei-hub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customerWithEtagKey, invalidateCustomerLists } from './customers-cache';
import type { CustomerWithEtag } from './use-customer';

type UpdateCustomerInput = { id: string; etag: string; changes: UpdateCustomerData['body'] };

/** PATCH guarded by If-Match, so two people editing at once cannot overwrite each other. */
export const useUpdateCustomer = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, changes }: UpdateCustomerInput): Promise<CustomerWithEtag> => {
      const { data, response } = await updateCustomer({
        path: { id },
        body: changes,
        headers: { 'If-Match': etag },
        throwOnError: true,
      });
      return { customer: data, etag: response.headers.get('ETag') };
    },
    onSuccess: (result) => {
      queryClient.setQueryData(customerWithEtagKey(result.customer.id), result);
      return invalidateCustomerLists(queryClient);
    },
  });
};
