import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toProblem } from '../../../lib/problem';
import { type FieldErrors, useFormState } from '../../../lib/use-form-state';
import { isEmail } from '../../../lib/validation';
import { useLogin } from '../api/use-login';

type LoginValues = { email: string; password: string };

type LoginFormProps = { onSignedIn: () => void };

export const LoginForm = ({ onSignedIn }: LoginFormProps) => {
  const { t } = useTranslation(['auth', 'common']);
  const login = useLogin();
  const validate = useCallback(
    (values: LoginValues): FieldErrors<LoginValues> => ({
      email: !values.email.trim()
        ? t('auth:errors.emailRequired')
        : !isEmail(values.email)
          ? t('auth:errors.emailInvalid')
          : undefined,
      password: values.password ? undefined : t('auth:errors.passwordRequired'),
    }),
    [t],
  );
  const form = useFormState<LoginValues>({ email: '', password: '' }, validate);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit() || login.isPending) return;
    login.mutate(
      { body: { email: form.values.email.trim(), password: form.values.password } },
      { onSuccess: onSignedIn },
    );
  };

  const serverError = (): string | null => {
    if (!login.isError) return null;
    const problem = toProblem(login.error);
    // One generic sentence for 401: the server does not say which of the two was wrong.
    if (problem?.status === 401) return t('auth:errors.invalidCredentials');
    if (problem?.status === 429) return t('auth:errors.throttled');
    return problem?.detail ?? t('common:errors.network');
  };
  const message = serverError();

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        <TextInput
          label={t('auth:login.email')}
          type="email"
          autoComplete="username"
          required
          value={form.values.email}
          onChange={(event) => form.setValue('email', event.currentTarget.value)}
          onBlur={() => form.touch('email')}
          error={form.errorOf('email')}
        />
        <PasswordInput
          label={t('auth:login.password')}
          autoComplete="current-password"
          required
          value={form.values.password}
          onChange={(event) => form.setValue('password', event.currentTarget.value)}
          onBlur={() => form.touch('password')}
          error={form.errorOf('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('auth:login.submit')}
        </Button>
      </Stack>
    </form>
  );
};
