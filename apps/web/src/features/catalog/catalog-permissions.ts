import { useSession } from '../auth/api/use-session';

/** API-CONTRACT §3: sales and managers read the catalogue; only an admin changes it. */
export const useCatalogPermissions = () => {
  const roles = useSession()?.user.roles ?? [];
  return {
    canManage: roles.includes('admin'),
    canTrace: roles.includes('admin') || roles.includes('manager'),
  };
};
