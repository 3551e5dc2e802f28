import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/notify';
import { splitFieldErrors, toProblem } from '../../lib/problem';
import { useErrorText } from '../../lib/use-error-text';

/**
 * Routes a failed save: field errors go next to their fields, anything else to a notification.
 * Returns the field errors for the form to show.
 */
export const useServerProblem = <F extends string>(fields: readonly F[]) => {
  const { t } = useTranslation('common');
  const errorText = useErrorText();
  return useCallback(
    (error: unknown): Partial<Record<F, string>> => {
      const { byField, unplaced } = splitFieldErrors(toProblem(error), fields);
      const placed = Object.keys(byField).length > 0;
      if (!placed) notifyError(t('errors.title'), errorText(error));
      else if (unplaced.length > 0) notifyError(t('errors.title'), unplaced.join('\n'));
      return byField;
    },
    [errorText, fields, t],
  );
};
