import { Avatar, Badge, Group, Menu, UnstyledButton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../../features/auth/api/use-logout';
import type { SessionUser } from '../../lib/session-store';

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');

export const UserMenu = ({ user }: { user: SessionUser }) => {
  const { t } = useTranslation('common');
  const logout = useLogout();

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('header.userMenu', { name: user.name })}>
          <Group gap="xs" wrap="nowrap">
            <Avatar size="sm" radius="xl" color="teal">
              {initials(user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm">
              {user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Label>{t('header.roles')}</Menu.Label>
        <Group gap={4} px="sm" pb="xs">
          {user.roles.map((role) => (
            <Badge key={role} variant="light" size="sm" tt="none">
              {t(`roles.${role}`)}
            </Badge>
          ))}
        </Group>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => void logout()}>
          {t('header.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
};
