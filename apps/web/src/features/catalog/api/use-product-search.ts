import { listProductsOptions } from '@bei-hub/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

const OPTIONS_SHOWN = 20;

/** Active products for pickers: only what can still be sold or bought. */
export const useProductSearch = (search: string) =>
  useQuery({
    ...listProductsOptions({
      query: { q: search.trim() || undefined, active: 'true', limit: OPTIONS_SHOWN },
    }),
    placeholderData: keepPreviousData,
  });
