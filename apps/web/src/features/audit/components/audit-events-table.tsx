import { Anchor, Code, Table, Text } from '@mantine/core';
import type { AuditEventDto } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { OutcomeBadge } from './outcome-badge';

type AuditEventsTableProps = {
  events: readonly AuditEventDto[];
  onOpen: (event: AuditEventDto) => void;
};

/** Ids are long; the start is enough to tell rows apart, the drawer shows them whole. */
const short = (id: string | null): string => (id ? `${id.slice(0, 8)}…` : '—');

export const AuditEventsTable = ({ events, onOpen }: AuditEventsTableProps) => {
  const { t, i18n } = useTranslation('audit');
  const language = currentLanguage(i18n);

  return (
    <Table.ScrollContainer minWidth={960} maxHeight="calc(100vh - 320px)">
      <Table stickyHeader striped highlightOnHover verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.time')}</Table.Th>
            <Table.Th>{t('columns.actor')}</Table.Th>
            <Table.Th>{t('columns.action')}</Table.Th>
            <Table.Th>{t('columns.resource')}</Table.Th>
            <Table.Th>{t('columns.subject')}</Table.Th>
            <Table.Th>{t('columns.outcome')}</Table.Th>
            <Table.Th>{t('columns.chain')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const time = formatDateTime(event.occurredAt, language);
            return (
              <Table.Tr key={event.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{time}</Table.Td>
                <Table.Td>
                  <Text size="sm" span>
                    {t(`actorType.${event.actor.type}`)}
                  </Text>{' '}
                  <Text size="xs" c="dimmed" span title={event.actor.id ?? undefined}>
                    {short(event.actor.id)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {/* The action opens the detail drawer: reachable by Tab, opens with Enter. */}
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    fw={500}
                    onClick={() => onOpen(event)}
                    aria-label={t('list.open', { action: event.action, time })}
                  >
                    <Code>{event.action}</Code>
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {event.resourceType}{' '}
                  <Text size="xs" c="dimmed" span title={event.resourceId ?? undefined}>
                    {short(event.resourceId)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" span title={event.subjectId ?? undefined}>
                    {short(event.subjectId)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <OutcomeBadge outcome={event.outcome} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {event.chain}/{event.seq}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
