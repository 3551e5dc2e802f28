import { Badge, Button, Code, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import type { AuditEventDto } from '@bei-hub/api-client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { OutcomeBadge } from './outcome-badge';

type AuditEventDrawerProps = {
  event: AuditEventDto | null;
  onClose: () => void;
  onSubjectHistory: (subjectId: string) => void;
};

const Mono = ({ value }: { value: string | number | null }) =>
  value === null || value === '' ? (
    <Text c="dimmed">—</Text>
  ) : (
    <Code style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>{value}</Code>
  );

/** Every stored field of one event, hashes included, so an auditor can compare it with an export. */
export const AuditEventDrawer = ({ event, onClose, onSubjectHistory }: AuditEventDrawerProps) => {
  const { t, i18n } = useTranslation('audit');
  const language = currentLanguage(i18n);

  const rows = (e: AuditEventDto): [string, ReactNode][] => [
    [t('detail.id'), <Mono key="id" value={e.id} />],
    [t('detail.occurredAt'), formatDateTime(e.occurredAt, language)],
    [t('detail.action'), <Mono key="action" value={e.action} />],
    [t('detail.outcome'), <OutcomeBadge key="outcome" outcome={e.outcome} />],
    [t('detail.actorType'), t(`actorType.${e.actor.type}`)],
    [t('detail.actorId'), <Mono key="actor" value={e.actor.id} />],
    [
      t('detail.actorRoles'),
      e.actor.roles.length === 0 ? (
        '—'
      ) : (
        <Group gap={4} key="roles">
          {e.actor.roles.map((role) => (
            <Badge key={role} variant="light" color="gray" size="sm" tt="none">
              {role}
            </Badge>
          ))}
        </Group>
      ),
    ],
    [t('detail.resourceType'), <Mono key="rt" value={e.resourceType} />],
    [t('detail.resourceId'), <Mono key="rid" value={e.resourceId} />],
    [t('detail.subjectId'), <Mono key="sid" value={e.subjectId} />],
    [t('detail.requestId'), <Mono key="req" value={e.requestId} />],
    [t('detail.ip'), <Mono key="ip" value={e.ip} />],
    [
      t('detail.changedFields'),
      <Stack gap={4} key="changed">
        {e.changedFields && e.changedFields.length > 0 ? (
          <Group gap={4}>
            {e.changedFields.map((field) => (
              <Code key={field}>{field}</Code>
            ))}
          </Group>
        ) : (
          <Text c="dimmed">—</Text>
        )}
        <Text size="xs" c="dimmed">
          {t('detail.changedFieldsHint')}
        </Text>
      </Stack>,
    ],
    [t('detail.chain'), <Mono key="chain" value={e.chain} />],
    [t('detail.seq'), <Mono key="seq" value={e.seq} />],
    [t('detail.prevHash'), <Mono key="prev" value={e.prevHash} />],
    [t('detail.hash'), <Mono key="hash" value={e.hash} />],
  ];

  return (
    <Drawer
      opened={event !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('detail.title')}
    >
      {event && (
        <Stack gap="md">
          <Table variant="vertical" layout="fixed" fz="sm" withTableBorder>
            <Table.Tbody>
              {rows(event).map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={160}>{label}</Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {event.subjectId && (
            <Group>
              <Button
                variant="light"
                onClick={() => event.subjectId && onSubjectHistory(event.subjectId)}
              >
                {t('detail.subjectHistory')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Drawer>
  );
};
