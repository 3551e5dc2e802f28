import { exportLotRecall } from '@bei-hub/api-client';
import { useMutation } from '@tanstack/react-query';
import { saveBlob } from '../../../lib/download';

/**
 * Downloads a lot's recall contact list as CSV. It goes through the configured client (bearer
 * token, refresh on 401), so a plain link would not do.
 */
export const useExportRecall = () =>
  useMutation({
    mutationFn: async (lotNumber: string): Promise<void> => {
      const { data } = await exportLotRecall({
        path: { lotNumber },
        query: { format: 'csv' },
        parseAs: 'blob',
        throwOnError: true,
      });
      // Typed as the document's string; with parseAs 'blob' the client hands over a Blob.
      const body: unknown = data;
      saveBlob(
        body instanceof Blob ? body : new Blob([String(body)], { type: 'text/csv' }),
        `recall-${lotNumber}.csv`,
      );
    },
  });
