import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { canUse } from '../../features/auth/permissions';
import type { Role } from '../../features/auth/roles';
import { ADMIN_ITEMS, type NavItem, TASK_ITEMS } from './nav-items';

const NavEntry = ({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) => {
  const { t } = useTranslation('common');
  const active = useMatch({ path: item.path, end: false }) !== null;
  return (
    <NavLink
      component={Link}
      to={item.path}
      label={t(item.label)}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
};

type AppNavProps = { roles: readonly Role[]; onNavigate: () => void };

/** Only the areas the user's roles may open: a door that always says "no" is noise. */
export const AppNav = ({ roles, onNavigate }: AppNavProps) => {
  const { t } = useTranslation('common');
  const tasks = TASK_ITEMS.filter((item) => canUse(roles, item.area));
  const admin = ADMIN_ITEMS.filter((item) => canUse(roles, item.area));

  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={2}>
        {tasks.map((item) => (
          <NavEntry key={item.path} item={item} onNavigate={onNavigate} />
        ))}
        {admin.length > 0 && (
          <>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
              {t('nav.admin')}
            </Text>
            {admin.map((item) => (
              <NavEntry key={item.path} item={item} onNavigate={onNavigate} />
            ))}
          </>
        )}
      </Stack>
    </nav>
  );
};
