import { Box, Burger, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/ui/language-switch';
import { canUse } from '../../features/auth/permissions';
import type { SessionUser } from '../../lib/session-store';
import { HeaderSearch } from './header-search';
import { UserMenu } from './user-menu';

type AppHeaderProps = { user: SessionUser; navOpened: boolean; onToggleNav: () => void };

export const AppHeader = ({ user, navOpened, onToggleNav }: AppHeaderProps) => {
  const { t } = useTranslation('common');
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('nav.toggle')}
        />
        <Title order={2} size="h4" c="teal.8">
          {t('appName')}
        </Title>
      </Group>
      {/* Customers are what people look up; roles without them get no box that cannot answer. */}
      <Box visibleFrom="md">{canUse(user.roles, 'customers') && <HeaderSearch />}</Box>
      <Group gap="sm" wrap="nowrap">
        <LanguageSwitch />
        <UserMenu user={user} />
      </Group>
    </Group>
  );
};
