import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/notify';
import { toProblem } from '../../lib/problem';
import { useErrorText } from '../../lib/use-error-text';
import type { PathErrors } from '../../lib/use-path-form-state';

// The paths the customer form shows a field for, spelled as the server's `errors[].field`.
const FORM_PATHS =
  /^(?:name|email|phone|whatsapp|nik|npwp|specialty|ownerId|creditLimit|notes|licenses|address\.(?:line1|district|city|province|postalCode)|licenses\[\d+\]\.(?:kind|number|validUntil|practiceClinicId|status))$/;

/**
 * Routes a failed save: field errors go next to their fields (first message per field), anything
 * else to a notification so it is never silently dropped.
 */
export const useCustomerServerProblem = () => {
  const { t } = useTranslation('common');
  const errorText = useErrorText();
  return useCallback(
    (error: unknown): PathErrors => {
      const placed: PathErrors = {};
      const unplaced: string[] = [];
      for (const { field, message } of toProblem(error)?.errors ?? []) {
        if (FORM_PATHS.test(field)) placed[field] ??= message;
        else unplaced.push(`${field}: ${message}`);
      }
      if (Object.keys(placed).length === 0) notifyError(t('errors.title'), errorText(error));
      else if (unplaced.length > 0) notifyError(t('errors.title'), unplaced.join('\n'));
      return placed;
    },
    [errorText, t],
  );
};
