import {
  createApiClientMutation,
  deleteApiClientMutation,
  listApiClientsOptions,
  listApiClientsQueryKey,
} from '@bei-hub/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export const API_SCOPES = [
  'customers:read',
  'customers:write',
  'orders:read',
  'orders:write',
  'consent:read',
  'consent:write',
  'privacy:read',
  'privacy:write',
  'audit:read',
  'analytics:read',
  'webhooks:manage',
] as const;

export type ApiScope = (typeof API_SCOPES)[number];

export const isApiScope = (value: string): value is ApiScope =>
  API_SCOPES.some((scope) => scope === value);

export const useApiClients = () => useQuery(listApiClientsOptions());

export const useCreateApiClient = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...createApiClientMutation(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listApiClientsQueryKey() }),
  });
};

export const useRevokeApiClient = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteApiClientMutation(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listApiClientsQueryKey() }),
  });
};
