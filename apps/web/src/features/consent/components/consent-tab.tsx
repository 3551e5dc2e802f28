import {
  Alert,
  Badge,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useErrorText } from '../../../lib/use-error-text';
import type { CustomerTabProps } from '../../customers/components/detail/customer-tab-props';
import { useConsentHistory, useConsents } from '../api/consent-queries';
import { useConsentPermissions } from '../consent-permissions';
import { usePurposeLabel } from '../use-purpose-label';
import { RecordConsentDialog } from './record-consent-dialog';
import { UnsubscribeLinkDialog } from './unsubscribe-link-dialog';

/** The customer's consent per purpose, how to change it, and every event that led here. */
export const ConsentTab = ({ customer }: CustomerTabProps) => {
  const { t, i18n } = useTranslation(['consent', 'common']);
  const language = currentLanguage(i18n);
  const errorText = useErrorText();
  const { canRecord } = useConsentPermissions();
  const purposeLabel = usePurposeLabel();
  const consents = useConsents(customer.id);
  const history = useConsentHistory(customer.id);
  const [recording, setRecording] = useState(false);
  const [linking, setLinking] = useState(false);
  // Anonymised records are closed: nothing new is recorded against them.
  const writable = canRecord && customer.status !== 'anonymized';

  if (consents.isPending) {
    return (
      <Center py="md">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (consents.isError) {
    return (
      <Alert color="red" title={t('state.loadFailed')}>
        {errorText(consents.error)}
      </Alert>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('state.title')}
        </Title>
        {writable && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setLinking(true)}>
              {t('unsubscribe.create')}
            </Button>
            <Button onClick={() => setRecording(true)}>{t('record.open')}</Button>
          </Group>
        )}
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing={6} fz="sm" aria-label={t('state.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('state.purpose')}</Table.Th>
              <Table.Th>{t('state.channel')}</Table.Th>
              <Table.Th>{t('state.status')}</Table.Th>
              <Table.Th>{t('state.since')}</Table.Th>
              <Table.Th>{t('state.noticeVersion')}</Table.Th>
              <Table.Th>{t('state.method')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {consents.data.items.map((state) => (
              <Table.Tr key={state.purpose}>
                <Table.Td>{purposeLabel(state.purpose)}</Table.Td>
                <Table.Td>{t(`channels.${state.channel}`)}</Table.Td>
                <Table.Td>
                  <Badge color={state.granted ? 'teal' : 'gray'} variant="light">
                    {state.granted
                      ? t('state.granted')
                      : state.since
                        ? t('state.notGranted')
                        : t('state.neverAsked')}
                  </Badge>
                </Table.Td>
                <Table.Td>{state.since ? formatDateTime(state.since, language) : '—'}</Table.Td>
                <Table.Td>{state.noticeVersion ?? '—'}</Table.Td>
                <Table.Td>{state.method ? t(`methods.${state.method}`) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Title order={2} size="h4">
        {t('history.title')}
      </Title>
      {history.isError && <Alert color="red">{errorText(history.error)}</Alert>}
      {history.isSuccess && history.data.items.length === 0 && (
        <EmptyState title={t('history.empty')} />
      )}
      {history.isSuccess && history.data.items.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} aria-label={t('history.title')}>
          {history.data.items.map((event) => (
            <Timeline.Item
              key={event.id}
              color={event.granted ? 'teal' : 'gray'}
              title={t(event.granted ? 'history.granted' : 'history.withdrawn', {
                purpose: purposeLabel(event.purpose),
              })}
            >
              <Text size="sm" c="dimmed">
                {formatDateTime(event.occurredAt, language)} ·{' '}
                {t('history.detail', {
                  method: t(`methods.${event.method}`),
                  version: event.noticeVersion,
                })}
              </Text>
              {event.evidence && (
                <Text size="sm">{t('history.evidence', { evidence: event.evidence })}</Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}

      {recording && (
        <RecordConsentDialog
          customerId={customer.id}
          opened={recording}
          onClose={() => setRecording(false)}
        />
      )}
      {linking && (
        <UnsubscribeLinkDialog
          customerId={customer.id}
          opened={linking}
          onClose={() => setLinking(false)}
        />
      )}
    </Stack>
  );
};
