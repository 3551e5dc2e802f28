import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import type { CreatedWebhookEndpointDto } from '@bei-hub/api-client';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { notifyError } from '../../../lib/notify';
import { splitFieldErrors, toProblem } from '../../../lib/problem';
import { useErrorText } from '../../../lib/use-error-text';
import { SecretOnce } from '../../api-clients/components/secret-once';
import { useCreateWebhookEndpoint } from '../api/use-webhooks';

const FIELDS = ['url', 'events'] as const;

const parseEvents = (text: string): string[] =>
  text
    .split(/[,\s]+/)
    .map((event) => event.trim())
    .filter(Boolean);

const looksLikeUrl = (text: string): boolean => /^https?:\/\/\S+$/i.test(text.trim());

type CreateWebhookDialogProps = { opened: boolean; onClose: () => void };

/** The form, then the endpoint's signing secret, once; closing forgets the secret. */
export const CreateWebhookDialog = ({ opened, onClose }: CreateWebhookDialogProps) => {
  const { t } = useTranslation(['integrations', 'common']);
  const errorText = useErrorText();
  const create = useCreateWebhookEndpoint();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<'url' | 'events', string>>>({});
  const [created, setCreated] = useState<CreatedWebhookEndpointDto | null>(null);
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const close = () => {
    setCreated(null);
    setUrl('');
    setEvents('');
    setSubmitted(false);
    setServerErrors({});
    onClose();
  };

  const urlError =
    serverErrors.url ??
    (submitted && !looksLikeUrl(url) ? t('webhooks.create.urlRequired') : undefined);
  const eventsError =
    serverErrors.events ??
    (submitted && parseEvents(events).length === 0
      ? t('webhooks.create.eventsRequired')
      : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const body = { url: url.trim(), events: parseEvents(events) };
    if (!looksLikeUrl(body.url) || body.events.length === 0 || create.isPending) return;
    const serialized = JSON.stringify(body);
    if (attempt.current?.body !== serialized) {
      attempt.current = { body: serialized, key: newIdempotencyKey() };
    }
    create.mutate(
      { body, headers: { 'Idempotency-Key': attempt.current.key } },
      {
        onSuccess: setCreated,
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
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t('secret.title') : t('webhooks.create.title')}
      size="lg"
      closeOnClickOutside={!created}
    >
      {created ? (
        <SecretOnce
          facts={[{ label: t('webhooks.create.url'), value: created.url }]}
          secretLabel={t('webhooks.create.secretLabel')}
          secret={created.secret}
          onDone={close}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('webhooks.create.url')}
              description={t('webhooks.create.urlHint')}
              placeholder="https://erp.example.co.id/hooks/bei"
              type="url"
              withAsterisk
              data-autofocus
              value={url}
              onChange={(e) => {
                setUrl(e.currentTarget.value);
                setServerErrors((current) => ({ ...current, url: undefined }));
              }}
              error={urlError}
            />
            <TextInput
              label={t('webhooks.create.events')}
              description={t('webhooks.create.eventsHint')}
              placeholder="order.*, customer.created"
              withAsterisk
              value={events}
              onChange={(e) => {
                setEvents(e.currentTarget.value);
                setServerErrors((current) => ({ ...current, events: undefined }));
              }}
              error={eventsError}
            />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('webhooks.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
};
