import { getCustomer, type GetCustomerResponse } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';
import { customerWithEtagKey } from './customers-cache';

export type CustomerWithEtag = { customer: GetCustomerResponse; etag: string | null };

/**
 * One customer plus the ETag a later PATCH sends back as If-Match. Each load is an audited access,
 * so the record page reuses a recent copy; the editor asks for the latest (`fresh`), since a stale
 * ETag only earns a 412.
 */
export const useCustomer = (id: string, { fresh = false }: { fresh?: boolean } = {}) =>
  useQuery({
    queryKey: customerWithEtagKey(id),
    queryFn: async ({ signal }): Promise<CustomerWithEtag> => {
      const { data, response } = await getCustomer({ path: { id }, signal, throwOnError: true });
      return { customer: data, etag: response.headers.get('ETag') };
    },
    ...(fresh ? { staleTime: 0 } : {}),
  });
