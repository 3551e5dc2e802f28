import type { PrivacyNoticeDto } from '@bei-hub/api-client';
import {
  Alert,
  Badge,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useErrorText } from '../../../lib/use-error-text';
import { usePrivacyNotices } from '../api/consent-queries';
import { useConsentPermissions } from '../consent-permissions';
import { NewNoticeDialog } from './new-notice-dialog';

const NoticeText = ({ notice }: { notice: PrivacyNoticeDto }) => {
  const { t, i18n } = useTranslation('consent');
  const language = currentLanguage(i18n);
  const english = language === 'en' && notice.titleEn;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} size="h5">
            {english ? notice.titleEn : notice.title}
          </Title>
          <Badge variant="outline">{notice.version}</Badge>
          {notice.inForce && <Badge color="teal">{t('notices.inForce')}</Badge>}
        </Group>
        <Text size="xs" c="dimmed">
          {t('notices.effectiveFrom')}: {formatDateTime(notice.effectiveFrom, language)}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {english ? notice.bodyEn : notice.body}
        </Text>
      </Stack>
    </Paper>
  );
};

/** Every notice version (immutable), the one in force marked; two can be read side by side. */
export const NoticesPanel = () => {
  const { t, i18n } = useTranslation(['consent', 'common']);
  const language = currentLanguage(i18n);
  const errorText = useErrorText();
  const { canManageNotices } = useConsentPermissions();
  const notices = usePrivacyNotices();
  const [creating, setCreating] = useState(false);
  const [left, setLeft] = useState<string | null>(null);
  const [right, setRight] = useState<string | null>(null);

  if (notices.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (notices.isError) {
    return (
      <Alert color="red" title={t('consent:loadFailed')}>
        {errorText(notices.error)}
      </Alert>
    );
  }
  const items = notices.data.items;
  const options = items.map((notice) => ({ value: notice.version, label: notice.version }));
  const leftNotice = items.find((notice) => notice.version === left);
  const rightNotice = items.find((notice) => notice.version === right);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('consent:notices.immutable')}
        </Text>
        {canManageNotices && (
          <Button onClick={() => setCreating(true)}>{t('consent:notices.create')}</Button>
        )}
      </Group>
      {items.length === 0 ? (
        <EmptyState title={t('consent:notices.empty')} />
      ) : (
        <Table striped verticalSpacing={6} fz="sm" aria-label={t('consent:page.notices')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consent:notices.version')}</Table.Th>
              <Table.Th>{t('consent:notices.titleCol')}</Table.Th>
              <Table.Th>{t('consent:notices.effectiveFrom')}</Table.Th>
              <Table.Th />
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((notice) => (
              <Table.Tr key={notice.id}>
                <Table.Td ff="monospace">{notice.version}</Table.Td>
                <Table.Td>
                  {language === 'en' && notice.titleEn ? notice.titleEn : notice.title}
                </Table.Td>
                <Table.Td>{formatDateTime(notice.effectiveFrom, language)}</Table.Td>
                <Table.Td>
                  {notice.inForce && <Badge color="teal">{t('consent:notices.inForce')}</Badge>}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setLeft(notice.version)}>
                    {t('consent:notices.view')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {items.length > 0 && (
        <>
          <Title order={2} size="h4">
            {t('consent:notices.compareTitle')}
          </Title>
          <Group>
            <Select
              label={t('consent:notices.left')}
              data={options}
              value={left}
              onChange={setLeft}
              w={200}
            />
            <Select
              label={t('consent:notices.right')}
              data={options}
              value={right}
              onChange={setRight}
              w={200}
              clearable
            />
          </Group>
          <SimpleGrid cols={{ base: 1, md: rightNotice ? 2 : 1 }}>
            {leftNotice && <NoticeText notice={leftNotice} />}
            {rightNotice && <NoticeText notice={rightNotice} />}
          </SimpleGrid>
        </>
      )}
      {creating && <NewNoticeDialog opened={creating} onClose={() => setCreating(false)} />}
    </Stack>
  );
};
