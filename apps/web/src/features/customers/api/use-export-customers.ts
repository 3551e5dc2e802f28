import { exportCustomers } from '@bei-hub/api-client';
import { useMutation } from '@tanstack/react-query';
import { saveBlob } from '../../../lib/download';

const FILE_NAME = 'customers.csv';

/**
 * Downloads the caller's customers as CSV. It goes through the configured client (bearer token,
 * refresh on 401), so a plain link would not do.
 */
export const useExportCustomers = () =>
  useMutation({
    mutationFn: async (): Promise<void> => {
      const { data } = await exportCustomers({
        query: { format: 'csv' },
        parseAs: 'blob',
        throwOnError: true,
      });
      // Typed as the document's string; with parseAs 'blob' the client hands over a Blob.
      const body: unknown = data;
      saveBlob(
        body instanceof Blob ? body : new Blob([String(body)], { type: 'text/csv' }),
        FILE_NAME,
      );
    },
  });
