import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isEmail, MIN_PASSWORD_LENGTH } from '../../lib/validation';
import type { Role } from '../auth/roles';

type Check<T> = (value: T) => string | undefined;

export type UserRules = {
  name: Check<string>;
  email: Check<string>;
  password: Check<string>;
  roles: Check<readonly Role[]>;
};

/** The user form's client checks, worded in the current language. */
export const useUserRules = (): UserRules => {
  const { t } = useTranslation('users');
  return useMemo(
    () => ({
      name: (name) => (name.trim() ? undefined : t('validation.nameRequired')),
      email: (email) => {
        if (!email.trim()) return t('validation.emailRequired');
        return isEmail(email) ? undefined : t('validation.emailInvalid');
      },
      password: (password) =>
        password.length >= MIN_PASSWORD_LENGTH
          ? undefined
          : t('validation.passwordTooShort', { count: password.length }),
      roles: (roles) => (roles.length > 0 ? undefined : t('validation.rolesRequired')),
    }),
    [t],
  );
};
