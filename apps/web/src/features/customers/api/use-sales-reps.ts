import { listSalesRepsOptions } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';

/** Sales reps for choosing or naming an owner; only admins and managers may ask (`enabled`). */
export const useSalesReps = (enabled: boolean) =>
  useQuery({ ...listSalesRepsOptions(), enabled, staleTime: 5 * 60_000 });
