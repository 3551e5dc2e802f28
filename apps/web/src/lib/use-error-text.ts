import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toProblem } from './problem';

/** Turns whatever a request threw into one sentence a person can act on. */
export const useErrorText = (): ((error: unknown) => string) => {
  const { t } = useTranslation('common');
  return useCallback(
    (error: unknown) => {
      const problem = toProblem(error);
      if (!problem) return t('errors.network');
      if (problem.status === 403) return t('errors.forbidden');
      return problem.detail ?? problem.title ?? t('errors.generic');
    },
    [t],
  );
};
