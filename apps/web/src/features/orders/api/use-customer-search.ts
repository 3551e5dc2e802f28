import { listCustomersOptions } from '@bei-hub/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

const OPTIONS_SHOWN = 20;

/** Customers for the order form's picker; the server scopes a sales rep to their own. */
export const useCustomerSearch = (search: string) =>
  useQuery({
    ...listCustomersOptions({ query: { q: search.trim() || undefined, limit: OPTIONS_SHOWN } }),
    placeholderData: keepPreviousData,
  });
