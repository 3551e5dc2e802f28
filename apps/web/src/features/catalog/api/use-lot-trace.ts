import { traceLotOptions } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';

/** Where a lot came from and every delivery of it; asked only once a lot number is entered. */
export const useLotTrace = (lotNumber: string) =>
  useQuery({
    ...traceLotOptions({ path: { lotNumber } }),
    enabled: lotNumber.length > 0,
    // A recall is about now: always show the latest deliveries.
    staleTime: 0,
  });
