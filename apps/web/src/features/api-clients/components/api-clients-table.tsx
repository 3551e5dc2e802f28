import { Badge, Button, Code, Table, Text } from '@mantine/core';
import type { ApiClientDto } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { ScopeBadges } from './scope-badges';

type ApiClientsTableProps = {
  clients: readonly ApiClientDto[];
  onRevoke: (client: ApiClientDto) => void;
};

export const ApiClientsTable = ({ clients, onRevoke }: ApiClientsTableProps) => {
  const { t, i18n } = useTranslation('integrations');
  const language = currentLanguage(i18n);

  return (
    <Table.ScrollContainer minWidth={900} maxHeight="calc(100vh - 240px)">
      <Table stickyHeader striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clients.columns.name')}</Table.Th>
            <Table.Th>{t('clients.columns.clientId')}</Table.Th>
            <Table.Th>{t('clients.columns.scopes')}</Table.Th>
            <Table.Th>{t('clients.columns.createdAt')}</Table.Th>
            <Table.Th>{t('clients.columns.lastUsedAt')}</Table.Th>
            <Table.Th>{t('clients.columns.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.id}>
              <Table.Td fw={500}>{client.name}</Table.Td>
              <Table.Td>
                <Code>{client.clientId}</Code>
              </Table.Td>
              <Table.Td>
                <ScopeBadges scopes={client.scopes} />
              </Table.Td>
              <Table.Td>{formatDateTime(client.createdAt, language)}</Table.Td>
              <Table.Td>
                {client.lastUsedAt ? (
                  formatDateTime(client.lastUsedAt, language)
                ) : (
                  <Text size="sm" c="dimmed" span>
                    {t('clients.never')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {client.revokedAt ? (
                  <Badge variant="dot" color="red" size="sm" tt="none">
                    {t('clients.revokedAt', { time: formatDateTime(client.revokedAt, language) })}
                  </Badge>
                ) : (
                  <Badge variant="dot" color="teal" size="sm" tt="none">
                    {t('clients.active')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {!client.revokedAt && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => onRevoke(client)}
                    aria-label={t('clients.revoke.label', { name: client.name })}
                  >
                    {t('clients.revoke.action')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
