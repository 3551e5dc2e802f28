import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { notifySuccess } from '../../../lib/notify';
import { type FieldErrors, useFormState } from '../../../lib/use-form-state';
import type { Role } from '../../auth/roles';
import { useCreateUser } from '../api/use-create-user';
import { useServerProblem } from '../use-server-problem';
import { useUserRules } from '../user-rules';
import { RolesField } from './roles-field';

type CreateUserValues = { name: string; email: string; password: string; roles: Role[] };

const FIELDS = ['name', 'email', 'password', 'roles'] as const;
const EMPTY: CreateUserValues = { name: '', email: '', password: '', roles: [] };

type CreateUserFormProps = { onDone: () => void; onCancel: () => void };

export const CreateUserForm = ({ onDone, onCancel }: CreateUserFormProps) => {
  const { t } = useTranslation(['users', 'common']);
  const rules = useUserRules();
  const validate = useCallback(
    (values: CreateUserValues): FieldErrors<CreateUserValues> => ({
      name: rules.name(values.name),
      email: rules.email(values.email),
      password: rules.password(values.password),
      roles: rules.roles(values.roles),
    }),
    [rules],
  );
  const form = useFormState(EMPTY, validate);
  const createUser = useCreateUser();
  const serverProblem = useServerProblem(FIELDS);
  // Resending the same body (e.g. after a timeout) reuses its key, so the user is created once.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit() || createUser.isPending) return;
    const { name, email, password, roles } = form.values;
    const body = { name: name.trim(), email: email.trim(), password, roles };
    const serialized = JSON.stringify(body);
    if (attempt.current?.body !== serialized) {
      attempt.current = { body: serialized, key: newIdempotencyKey() };
    }
    createUser.mutate(
      { body, headers: { 'Idempotency-Key': attempt.current.key } },
      {
        onSuccess: (user) => {
          notifySuccess(t('users:create.done', { name: user.name }));
          onDone();
        },
        onError: (error) => form.setServerErrors(serverProblem(error)),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('users:fields.name')}
          withAsterisk
          data-autofocus
          value={form.values.name}
          onChange={(event) => form.setValue('name', event.currentTarget.value)}
          onBlur={() => form.touch('name')}
          error={form.errorOf('name')}
        />
        <TextInput
          label={t('users:fields.email')}
          type="email"
          withAsterisk
          autoComplete="off"
          value={form.values.email}
          onChange={(event) => form.setValue('email', event.currentTarget.value)}
          onBlur={() => form.touch('email')}
          error={form.errorOf('email')}
        />
        <PasswordInput
          label={t('users:fields.password')}
          description={t('users:fields.passwordHint')}
          withAsterisk
          autoComplete="new-password"
          value={form.values.password}
          onChange={(event) => form.setValue('password', event.currentTarget.value)}
          onBlur={() => form.touch('password')}
          error={form.errorOf('password')}
        />
        <RolesField
          value={form.values.roles}
          onChange={(roles) => form.setValue('roles', roles)}
          onBlur={() => form.touch('roles')}
          error={form.errorOf('roles')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={createUser.isPending}>
            {t('users:create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
