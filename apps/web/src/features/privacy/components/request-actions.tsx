import type { FulfilPrivacyRequestDto, PrivacyRequestDto } from '@bei-hub/api-client';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { useErrorText } from '../../../lib/use-error-text';
import { usePurposeOptions } from '../../consent/use-purpose-label';
import {
  useErasurePlan,
  useExportPrivacyRequest,
  useFulfilPrivacyRequest,
  useRejectPrivacyRequest,
  useVerifyPrivacyRequest,
} from '../api/privacy-queries';
import { oneOf, REJECTION_GROUNDS } from '../request-options';
import { ErasurePlanTable } from './erasure-plan-table';

type ActionProps = { request: PrivacyRequestDto };

const ERASURE_TYPES: readonly PrivacyRequestDto['type'][] = ['deletion', 'anonymization'];

export const VerifyForm = ({ request }: ActionProps) => {
  const { t } = useTranslation('privacy');
  const errorText = useErrorText();
  const verify = useVerifyPrivacyRequest();
  const [method, setMethod] = useState('');
  const [note, setNote] = useState('');
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!method.trim()) return;
          verify.mutate(
            {
              path: { id: request.id },
              body: { method: method.trim(), ...(note.trim() ? { note: note.trim() } : {}) },
            },
            { onSuccess: () => notifySuccess(t('verify.done')) },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('verify.title')}
          </Title>
          <TextInput
            label={t('verify.method')}
            placeholder={t('verify.methodPlaceholder')}
            withAsterisk
            value={method}
            onChange={(event) => setMethod(event.currentTarget.value)}
          />
          <Textarea
            label={t('verify.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {verify.isError && <Alert color="red">{errorText(verify.error)}</Alert>}
          <Group justify="flex-end">
            <Button type="submit" loading={verify.isPending} disabled={!method.trim()}>
              {t('verify.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};

type Changes = { name: string; email: string; phone: string; whatsapp: string };
const CHANGE_FIELDS = ['name', 'email', 'phone', 'whatsapp'] as const;

export const FulfilForm = ({ request }: ActionProps) => {
  const { t } = useTranslation('privacy');
  const errorText = useErrorText();
  const fulfil = useFulfilPrivacyRequest();
  const purposeOptions = usePurposeOptions();
  const erasure = ERASURE_TYPES.includes(request.type);
  const plan = useErasurePlan(request.id, erasure);
  const [changes, setChanges] = useState<Changes>({ name: '', email: '', phone: '', whatsapp: '' });
  const [purposes, setPurposes] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [invalid, setInvalid] = useState<string | null>(null);

  const body = (): FulfilPrivacyRequestDto | null => {
    if (request.type === 'correction') {
      const changed = Object.fromEntries(
        CHANGE_FIELDS.filter((field) => changes[field].trim()).map((field) => [
          field,
          changes[field].trim(),
        ]),
      );
      return Object.keys(changed).length > 0 ? { changes: changed } : null;
    }
    if (request.type === 'consent_withdrawal') return purposes.length > 0 ? { purposes } : null;
    return {};
  };

  const send = () => {
    const payload = body();
    if (!payload) {
      setInvalid(request.type === 'correction' ? t('fulfil.noChanges') : t('fulfil.noPurposes'));
      return;
    }
    setInvalid(null);
    fulfil.mutate(
      { path: { id: request.id }, body: payload },
      {
        onSuccess: () => {
          setConfirming(false);
          notifySuccess(t('fulfil.done'));
        },
        onError: () => setConfirming(false),
      },
    );
  };

  const blocked = plan.data?.mode === 'blocked_by_legal_hold';

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('fulfil.title')}
        </Title>
        {erasure && (
          <>
            <Title order={3} size="h5">
              {t('erasure.title')}
            </Title>
            {plan.isError && <Alert color="red">{errorText(plan.error)}</Alert>}
            {plan.isSuccess && <ErasurePlanTable plan={plan.data} />}
          </>
        )}
        {request.type === 'correction' && (
          <>
            <Text size="sm" c="dimmed">
              {t('fulfil.changesHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {CHANGE_FIELDS.map((field) => (
                <TextInput
                  key={field}
                  label={t(`fulfil.${field}`)}
                  value={changes[field]}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setChanges((previous) => ({ ...previous, [field]: value }));
                  }}
                />
              ))}
            </SimpleGrid>
          </>
        )}
        {request.type === 'consent_withdrawal' && (
          <Checkbox.Group label={t('fulfil.purposes')} value={purposes} onChange={setPurposes}>
            <Stack gap={6} mt={6}>
              {purposeOptions.map((option) => (
                <Checkbox key={option.value} value={option.value} label={option.label} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {invalid && <Alert color="orange">{invalid}</Alert>}
        {fulfil.isError && <Alert color="red">{errorText(fulfil.error)}</Alert>}
        <Group justify="flex-end">
          <Button
            color={erasure ? 'red' : undefined}
            loading={fulfil.isPending}
            disabled={erasure && (!plan.isSuccess || blocked)}
            onClick={() => (erasure ? setConfirming(true) : send())}
          >
            {t('fulfil.submit')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('fulfil.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('fulfil.confirmErasure')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('create.cancel')}
            </Button>
            <Button color="red" loading={fulfil.isPending} onClick={send}>
              {t('fulfil.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
};

export const RejectForm = ({ request }: ActionProps) => {
  const { t } = useTranslation('privacy');
  const errorText = useErrorText();
  const reject = useRejectPrivacyRequest();
  const [ground, setGround] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const chosen = oneOf(REJECTION_GROUNDS, ground);
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!chosen || !reason.trim()) return;
          reject.mutate(
            { path: { id: request.id }, body: { ground: chosen, reason: reason.trim() } },
            { onSuccess: () => notifySuccess(t('reject.done')) },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('reject.title')}
          </Title>
          <Select
            label={t('reject.ground')}
            withAsterisk
            data={REJECTION_GROUNDS.map((value) => ({ value, label: t(`grounds.${value}`) }))}
            value={ground}
            onChange={setGround}
          />
          <Textarea
            label={t('reject.reason')}
            withAsterisk
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {reject.isError && <Alert color="red">{errorText(reject.error)}</Alert>}
          <Group justify="flex-end">
            <Button
              type="submit"
              color="gray"
              loading={reject.isPending}
              disabled={!chosen || !reason.trim()}
            >
              {t('reject.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};

export const ExportPanel = ({ request }: ActionProps) => {
  const { t } = useTranslation('privacy');
  const errorText = useErrorText();
  const exporter = useExportPrivacyRequest(request.id);
  const ready = request.status !== 'received';
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('export.title')}
        </Title>
        {!ready && <Text size="sm">{t('export.afterVerify')}</Text>}
        {exporter.isError && <Alert color="red">{errorText(exporter.error)}</Alert>}
        <Group>
          <Button
            disabled={!ready}
            loading={exporter.isPending && exporter.variables === 'json'}
            onClick={() => exporter.mutate('json')}
          >
            {t('export.json')}
          </Button>
          <Button
            variant="default"
            disabled={!ready}
            loading={exporter.isPending && exporter.variables === 'html'}
            onClick={() => exporter.mutate('html')}
          >
            {t('export.html')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
};
