import { getCustomerOptions } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';

/**
 * The customer an order is for. The order itself carries only the id, so the name and address
 * come from the customer record (a read the API audits; the copy is reused for a while).
 */
export const useOrderCustomer = (id: string | null | undefined) =>
  useQuery({
    ...getCustomerOptions({ path: { id: id ?? '' } }),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
