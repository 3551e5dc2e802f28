import {
  createAuditCheckpointMutation,
  listAuditCheckpointsOptions,
  listAuditCheckpointsQueryKey,
} from '@bei-hub/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export const useCheckpoints = () => useQuery(listAuditCheckpointsOptions());

export const useSignCheckpoint = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...createAuditCheckpointMutation(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listAuditCheckpointsQueryKey() }),
  });
};
