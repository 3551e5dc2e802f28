import { listCustomersOptions } from '@bei-hub/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

const OPTIONS_SHOWN = 20;

/** Clinics matching a search text, for pickers (practice clinic, affiliation). */
export const useClinicSearch = (search: string) =>
  useQuery({
    ...listCustomersOptions({
      query: { type: 'clinic', q: search.trim() || undefined, limit: OPTIONS_SHOWN },
    }),
    placeholderData: keepPreviousData,
  });
