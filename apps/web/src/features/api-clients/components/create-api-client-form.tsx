import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { CreatedApiClientDto } from '@bei-hub/api-client';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { notifyError } from '../../../lib/notify';
import { splitFieldErrors, toProblem } from '../../../lib/problem';
import { useErrorText } from '../../../lib/use-error-text';
import { API_SCOPES, type ApiScope, isApiScope, useCreateApiClient } from '../api/use-api-clients';

type CreateApiClientFormProps = {
  onCreated: (client: CreatedApiClientDto) => void;
  onCancel: () => void;
};

const FIELDS = ['name', 'scopes'] as const;

export const CreateApiClientForm = ({ onCreated, onCancel }: CreateApiClientFormProps) => {
  const { t } = useTranslation(['integrations', 'common']);
  const errorText = useErrorText();
  const create = useCreateApiClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<'name' | 'scopes', string>>>({});
  // Resending the same body (e.g. after a timeout) reuses its key, so one client is created.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const nameError =
    serverErrors.name ?? (submitted && !name.trim() ? t('clients.create.nameRequired') : undefined);
  const scopesError =
    serverErrors.scopes ??
    (submitted && scopes.length === 0 ? t('clients.create.scopesRequired') : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!name.trim() || scopes.length === 0 || create.isPending) return;
    const body = { name: name.trim(), scopes };
    const serialized = JSON.stringify(body);
    if (attempt.current?.body !== serialized) {
      attempt.current = { body: serialized, key: newIdempotencyKey() };
    }
    create.mutate(
      { body, headers: { 'Idempotency-Key': attempt.current.key } },
      {
        onSuccess: onCreated,
        onError: (error) => {
          const { byField, unplaced } = splitFieldErrors(toProblem(error), FIELDS);
          setServerErrors(byField);
          if (Object.keys(byField).length === 0)
            notifyError(t('common:errors.title'), errorText(error));
          else if (unplaced.length > 0) notifyError(t('common:errors.title'), unplaced.join('\n'));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('clients.create.name')}
          description={t('clients.create.nameHint')}
          withAsterisk
          data-autofocus
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setServerErrors((current) => ({ ...current, name: undefined }));
          }}
          error={nameError}
        />
        <Checkbox.Group
          label={t('clients.create.scopes')}
          description={t('clients.create.scopesHint')}
          withAsterisk
          value={scopes}
          onChange={(next) => {
            setScopes(next.filter(isApiScope));
            setServerErrors((current) => ({ ...current, scopes: undefined }));
          }}
          error={scopesError}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
            {API_SCOPES.map((scope) => (
              <Checkbox
                key={scope}
                value={scope}
                label={scope}
                description={t(`scopes.${scope}`)}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('clients.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
