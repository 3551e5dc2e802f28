import { Anchor, Table } from '@mantine/core';
import type { ListUsersResponse } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { ActiveBadge } from './active-badge';
import { RoleBadges } from './role-badges';

type UserRow = ListUsersResponse['items'][number];

export const UsersTable = ({ users }: { users: readonly UserRow[] }) => {
  const { t, i18n } = useTranslation('users');
  const language = currentLanguage(i18n);

  return (
    <Table.ScrollContainer minWidth={720} maxHeight="calc(100vh - 240px)">
      <Table stickyHeader striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.email')}</Table.Th>
            <Table.Th>{t('columns.roles')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
            <Table.Th>{t('columns.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                {/* The name is the row's link: reachable by Tab, opens the editor with Enter. */}
                <Anchor
                  component={Link}
                  to={user.id}
                  fw={500}
                  aria-label={t('list.edit', { name: user.name })}
                >
                  {user.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>
                <RoleBadges roles={user.roles} />
              </Table.Td>
              <Table.Td>
                <ActiveBadge active={user.active} />
              </Table.Td>
              <Table.Td>{formatDateTime(user.createdAt, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
