import { createCustomer, type CreateCustomerData } from '@bei-hub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customerWithEtagKey, invalidateCustomerLists } from './customers-cache';
import type { CustomerWithEtag } from './use-customer';

type CreateCustomerInput = { body: CreateCustomerData['body']; idempotencyKey: string };

export const useCreateCustomer = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      body,
      idempotencyKey,
    }: CreateCustomerInput): Promise<CustomerWithEtag> => {
      const { data, response } = await createCustomer({
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
        throwOnError: true,
      });
      return { customer: data, etag: response.headers.get('ETag') };
    },
    onSuccess: (result) => {
      // The record page opens next; it can start from this answer instead of a second request.
      queryClient.setQueryData(customerWithEtagKey(result.customer.id), result);
      return invalidateCustomerLists(queryClient);
    },
  });
};
