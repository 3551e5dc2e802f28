import { getCustomerOptions } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';

/** The name of a customer known only by id (a SIP's practice clinic); null id asks nothing. */
export const useCustomerName = (id: string | null) =>
  useQuery({
    ...getCustomerOptions({ path: { id: id ?? '' } }),
    enabled: id !== null,
    staleTime: 5 * 60_000,
    select: (customer) => customer.name,
  });
