import { Alert, Button, Group, Stack, Switch, TextInput } from '@mantine/core';
import type { UpdateUserData } from '@bei-hub/api-client';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { toProblem } from '../../../lib/problem';
import { type FieldErrors, useFormState } from '../../../lib/use-form-state';
import type { Role } from '../../auth/roles';
import type { UserWithEtag } from '../api/use-user';
import { useUpdateUser } from '../api/use-update-user';
import { useServerProblem } from '../use-server-problem';
import { useUserRules } from '../user-rules';
import { ConfirmDeactivation } from './confirm-deactivation';
import { RolesField } from './roles-field';

type EditUserValues = { name: string; roles: Role[]; active: boolean };

const FIELDS = ['name', 'roles', 'active'] as const;

const sameRoles = (a: readonly Role[], b: readonly Role[]): boolean =>
  a.length === b.length && a.every((role) => b.includes(role));

/** Only what changed goes in the PATCH, so an untouched field never overwrites someone else's edit. */
const changesOf = (before: EditUserValues, after: EditUserValues): UpdateUserData['body'] => ({
  ...(after.name.trim() !== before.name ? { name: after.name.trim() } : {}),
  ...(!sameRoles(after.roles, before.roles) ? { roles: after.roles } : {}),
  ...(after.active !== before.active ? { active: after.active } : {}),
});

type EditUserFormProps = { current: UserWithEtag; onDone: () => void; onCancel: () => void };

export const EditUserForm = ({ current, onDone, onCancel }: EditUserFormProps) => {
  const { t } = useTranslation(['users', 'common']);
  const rules = useUserRules();
  const validate = useCallback(
    (values: EditUserValues): FieldErrors<EditUserValues> => ({
      name: rules.name(values.name),
      roles: rules.roles(values.roles),
    }),
    [rules],
  );
  const initial: EditUserValues = {
    name: current.user.name,
    roles: [...current.user.roles],
    active: current.user.active,
  };
  const form = useFormState(initial, validate);
  const [confirming, setConfirming] = useState(false);
  const [stale, setStale] = useState(false);
  const updateUser = useUpdateUser();
  const serverProblem = useServerProblem(FIELDS);

  const save = () => {
    const changes = changesOf(initial, form.values);
    if (Object.keys(changes).length === 0) return onDone();
    updateUser.mutate(
      { id: current.user.id, etag: current.etag ?? '', changes },
      {
        onSuccess: ({ user }) => {
          notifySuccess(t('users:edit.done', { name: user.name }));
          onDone();
        },
        onError: (error) => {
          setConfirming(false);
          if (toProblem(error)?.status === 412) setStale(true);
          else form.setServerErrors(serverProblem(error));
        },
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit() || updateUser.isPending) return;
    // Deactivation locks a colleague out, so it is confirmed once before it is sent.
    if (initial.active && !form.values.active) setConfirming(true);
    else save();
  };

  if (confirming) {
    return (
      <ConfirmDeactivation
        name={form.values.name.trim() || current.user.name}
        pending={updateUser.isPending}
        onConfirm={save}
        onBack={() => setConfirming(false)}
      />
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {stale && (
          <Alert color="orange" role="alert">
            {t('users:edit.stale')}
          </Alert>
        )}
        <TextInput label={t('users:fields.email')} value={current.user.email} readOnly disabled />
        <TextInput
          label={t('users:fields.name')}
          withAsterisk
          data-autofocus
          value={form.values.name}
          onChange={(event) => form.setValue('name', event.currentTarget.value)}
          onBlur={() => form.touch('name')}
          error={form.errorOf('name')}
        />
        <RolesField
          value={form.values.roles}
          onChange={(roles) => form.setValue('roles', roles)}
          onBlur={() => form.touch('roles')}
          error={form.errorOf('roles')}
        />
        <Switch
          label={t('users:fields.active')}
          description={t('users:fields.activeHint')}
          checked={form.values.active}
          onChange={(event) => form.setValue('active', event.currentTarget.checked)}
          error={form.errorOf('active')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={updateUser.isPending}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
