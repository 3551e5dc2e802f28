import { exportAuditEvents, getAuditPublicKey } from '@bei-hub/api-client';
import { useMutation } from '@tanstack/react-query';
import { saveBlob } from '../../../lib/download';
import { type AuditFilters, endOfWibDay, startOfWibDay } from '../audit-filters';

type ExportFormat = 'ndjson' | 'csv';

const MIME: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson',
  csv: 'text/csv',
};

/**
 * Downloads the export through the configured client (bearer token, refresh on 401): a plain link
 * would carry no token.
 */
export const useExportAudit = () =>
  useMutation({
    mutationFn: async ({ format, filters }: { format: ExportFormat; filters: AuditFilters }) => {
      const { data } = await exportAuditEvents({
        query: { format, from: startOfWibDay(filters.from), to: endOfWibDay(filters.to) },
        parseAs: 'blob',
        throwOnError: true,
      });
      // Typed as the document's string; with parseAs 'blob' the client hands over a Blob.
      const body: unknown = data;
      saveBlob(
        body instanceof Blob ? body : new Blob([String(body)], { type: MIME[format] }),
        `export.${format}`,
      );
    },
  });

/** key.pem for the offline verifier. */
export const useDownloadPublicKey = () =>
  useMutation({
    mutationFn: async () => {
      const { data } = await getAuditPublicKey({ throwOnError: true });
      saveBlob(new Blob([data.publicKeyPem], { type: 'application/x-pem-file' }), 'key.pem');
    },
  });

/** checkpoint.json exactly as the API returned it, for the offline verifier. */
export const downloadCheckpoint = (checkpoint: unknown): void =>
  saveBlob(
    new Blob([`${JSON.stringify(checkpoint, null, 2)}\n`], { type: 'application/json' }),
    'checkpoint.json',
  );
