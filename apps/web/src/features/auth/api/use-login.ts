import { loginMutation } from '@bei-hub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setSession } from '../../../lib/session-store';

export const useLogin = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...loginMutation(),
    onSuccess: (data) => {
      // Data cached for a previous user must never show to the next one.
      queryClient.clear();
      setSession({ accessToken: data.accessToken, user: data.user });
    },
  });
};
