import { type VerifyAuditEventsData, verifyAuditEvents } from '@bei-hub/api-client';
import { useMutation } from '@tanstack/react-query';

export type VerifyRange = NonNullable<VerifyAuditEventsData['query']>;

/** Runs the server's recomputation of the chains (all, or one chain's range); never automatic. */
export const useVerifyAudit = () =>
  useMutation({
    mutationFn: async (range: VerifyRange = {}) => {
      const { data } = await verifyAuditEvents({ query: range, throwOnError: true });
      return data;
    },
  });
