import { Navigate } from 'react-router';
import { NotAllowed } from '../components/ui/not-allowed';
import { useSession } from '../features/auth/api/use-session';
import { canUse } from '../features/auth/permissions';
import { ALL_ITEMS } from './layout/nav-items';

/** "/" opens the first area the user may use. */
export const HomeRedirect = () => {
  const roles = useSession()?.user.roles ?? [];
  const first = ALL_ITEMS.find((item) => canUse(roles, item.area));
  return first ? <Navigate to={first.path} replace /> : <NotAllowed />;
};
