import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Navigate, Outlet, useLocation } from 'react-router';
import { NotAllowed } from '../../components/ui/not-allowed';
import { useSession } from '../../features/auth/api/use-session';
import { canUse } from '../../features/auth/permissions';
import { getSessionEnd } from '../../lib/session-store';
import { useCurrentArea } from '../route-handle';
import { AppHeader } from './app-header';
import { AppNav } from './app-nav';

const loginPathAfterEnd = (pathname: string, search: string): string =>
  getSessionEnd() === 'expired'
    ? `/login?next=${encodeURIComponent(`${pathname}${search}`)}`
    : '/login';

export const AppLayout = () => {
  const session = useSession();
  const location = useLocation();
  const area = useCurrentArea();
  const [navOpened, nav] = useDisclosure(false);

  // The session can end while the page is open (logout, or a refresh that failed).
  if (!session)
    return <Navigate to={loginPathAfterEnd(location.pathname, location.search)} replace />;

  const allowed = area === null || canUse(session.user.roles, area);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <AppHeader user={session.user} navOpened={navOpened} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppNav roles={session.user.roles} onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main>{allowed ? <Outlet /> : <NotAllowed />}</AppShell.Main>
    </AppShell>
  );
};
