import { Alert, Button, Card, Code, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useErrorText } from '../../../lib/use-error-text';
import { downloadCheckpoint, useDownloadPublicKey } from '../api/use-audit-downloads';
import { useCheckpoints, useSignCheckpoint } from '../api/use-checkpoints';

export const VERIFY_COMMAND =
  'npm run audit:verify -- export.ndjson --public-key key.pem --checkpoint checkpoint.json';

export const CheckpointPanel = () => {
  const { t, i18n } = useTranslation('audit');
  const language = currentLanguage(i18n);
  const errorText = useErrorText();
  const checkpoints = useCheckpoints();
  const sign = useSignCheckpoint();
  const publicKey = useDownloadPublicKey();
  const latest = checkpoints.data?.items[0];

  const body = () => {
    if (checkpoints.isPending) return <Loader size="sm" />;
    if (checkpoints.isError) {
      return (
        <Alert color="red" title={t('checkpoint.loadFailed')}>
          {errorText(checkpoints.error)}
        </Alert>
      );
    }
    if (!latest) return <Text size="sm">{t('checkpoint.none')}</Text>;
    return (
      <Table
        variant="vertical"
        layout="fixed"
        fz="sm"
        withTableBorder
        aria-label={t('checkpoint.latest')}
      >
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={140}>{t('checkpoint.signedAt')}</Table.Th>
            <Table.Td>{formatDateTime(latest.signedAt, language)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('checkpoint.root')}</Table.Th>
            <Table.Td>
              <Code style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>{latest.root}</Code>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('checkpoint.keyId')}</Table.Th>
            <Table.Td>
              <Code>{latest.keyId}</Code>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    );
  };

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('checkpoint.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('checkpoint.description')}
        </Text>
        {body()}
        <Group gap="xs">
          <Button
            loading={sign.isPending}
            onClick={() =>
              sign.mutate(
                {},
                {
                  onSuccess: () => notifySuccess(t('checkpoint.signed')),
                  onError: (error) => notifyError(t('checkpoint.signFailed'), errorText(error)),
                },
              )
            }
          >
            {t('checkpoint.sign')}
          </Button>
          <Button
            variant="default"
            loading={publicKey.isPending}
            onClick={() =>
              publicKey.mutate(undefined, {
                onError: (error) => notifyError(t('checkpoint.downloadFailed'), errorText(error)),
              })
            }
          >
            {t('checkpoint.downloadKey')}
          </Button>
          <Button variant="default" disabled={!latest} onClick={() => downloadCheckpoint(latest)}>
            {t('checkpoint.downloadCheckpoint')}
          </Button>
        </Group>
        <Title order={3} size="h5" mt="xs">
          {t('checkpoint.offline')}
        </Title>
        <Text size="sm">{t('checkpoint.offlineHint')}</Text>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {VERIFY_COMMAND}
        </Code>
      </Stack>
    </Card>
  );
};
