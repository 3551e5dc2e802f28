import { type GetCustomerImportResponse, getCustomerImportOptions } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';

const POLL_MS = 1000;

export const isImportFinished = (job: GetCustomerImportResponse | undefined): boolean =>
  job?.status === 'completed' || job?.status === 'failed';

/** An import's progress, asked for every second until it has finished; null id asks nothing. */
export const useCustomerImport = (id: string | null) =>
  useQuery({
    ...getCustomerImportOptions({ path: { id: id ?? '' } }),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => (isImportFinished(query.state.data) ? false : POLL_MS),
  });
