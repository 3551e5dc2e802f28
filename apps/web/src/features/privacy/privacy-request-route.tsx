import {
  Alert,
  Anchor,
  Center,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { usePrivacyRequest } from './api/privacy-queries';
import { CustomerLink } from './components/customer-link';
import { DueCountdown } from './components/due-countdown';
import { RequestStatusBadge } from './components/request-badges';
import { ExportPanel, FulfilForm, RejectForm, VerifyForm } from './components/request-actions';
import { ErasurePlanPreview } from './components/erasure-plan-preview';
import { usePrivacyPermissions } from './privacy-permissions';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack gap={0}>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="sm" component="div">
      {children}
    </Text>
  </Stack>
);

/** One request: the key facts and clock on top, then only the actions its status allows. */
export const PrivacyRequestRoute = () => {
  const { t, i18n } = useTranslation(['privacy', 'common']);
  const language = currentLanguage(i18n);
  const errorText = useErrorText();
  const { requestId = '' } = useParams();
  const { canHandle } = usePrivacyPermissions();
  const query = usePrivacyRequest(requestId);

  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" title={t('privacy:detail.loadFailed')}>
        {errorText(query.error)}{' '}
        <Anchor component={Link} to="/privacy-requests">
          {t('privacy:detail.back')}
        </Anchor>
      </Alert>
    );
  }
  const request = query.data;
  const open = request.status === 'received' || request.status === 'verified';
  const erasure = request.type === 'deletion' || request.type === 'anonymization';

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/privacy-requests" size="sm">
        ← {t('privacy:detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t(`privacy:types.${request.type}`)}
          </Title>
          <Group gap="xs">
            <RequestStatusBadge status={request.status} />
            <DueCountdown request={request} />
          </Group>
        </Stack>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Fact label={t('privacy:detail.customer')}>
          <CustomerLink customerId={request.customerId} />
        </Fact>
        <Fact label={t('privacy:detail.receivedAt')}>
          {formatDateTime(request.receivedAt, language)}
        </Fact>
        <Fact label={t('privacy:detail.receivedVia')}>
          {t(`privacy:channels.${request.receivedVia}`, { defaultValue: request.receivedVia })}
        </Fact>
        <Fact label={t('privacy:detail.dueAt')}>{formatDateTime(request.dueAt, language)}</Fact>
        {request.verifiedAt && (
          <Fact label={t('privacy:detail.verifiedAt')}>
            {formatDateTime(request.verifiedAt, language)}
          </Fact>
        )}
        {request.verificationMethod && (
          <Fact label={t('privacy:detail.verificationMethod')}>{request.verificationMethod}</Fact>
        )}
        {request.completedAt && (
          <Fact label={t('privacy:detail.completedAt')}>
            {formatDateTime(request.completedAt, language)}
          </Fact>
        )}
      </SimpleGrid>
      {request.details && <Fact label={t('privacy:detail.details')}>{request.details}</Fact>}
      {request.rejectionReason && (
        <Fact label={t('privacy:detail.rejectionReason')}>{request.rejectionReason}</Fact>
      )}
      {request.outcome && (
        <Fact label={t('privacy:detail.outcome')}>
          <Text ff="monospace" size="xs">
            {JSON.stringify(request.outcome)}
          </Text>
        </Fact>
      )}

      {canHandle && request.type === 'access' && request.status !== 'rejected' && (
        <ExportPanel request={request} />
      )}
      {canHandle && request.status === 'received' && <VerifyForm request={request} />}
      {/* Before verification the plan is only a preview; the fulfil form shows it again. */}
      {canHandle && erasure && request.status === 'received' && (
        <ErasurePlanPreview request={request} />
      )}
      {canHandle && request.status === 'verified' && <FulfilForm request={request} />}
      {canHandle && open && <RejectForm request={request} />}
    </Stack>
  );
};
