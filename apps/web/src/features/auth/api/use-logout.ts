import { logout } from '@bei-hub/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { setSession } from '../../../lib/session-store';

/** Ends the session on the server (revokes the refresh cookie) and forgets everything locally. */
export const useLogout = (): (() => Promise<void>) => {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    // Sign out locally even if the server is unreachable: the tab must not stay signed in.
    await logout().catch(() => undefined);
    setSession(null, 'signed-out');
    queryClient.clear();
  }, [queryClient]);
};
