import {
  createWebhookEndpointMutation,
  deleteWebhookEndpointMutation,
  listWebhookDeliveriesOptions,
  listWebhookDeliveriesQueryKey,
  listWebhookEndpointsOptions,
  listWebhookEndpointsQueryKey,
  retryWebhookDeliveryMutation,
} from '@bei-hub/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export const useWebhookEndpoints = () => useQuery(listWebhookEndpointsOptions());

export const useCreateWebhookEndpoint = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...createWebhookEndpointMutation(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listWebhookEndpointsQueryKey() }),
  });
};

export const useDeleteWebhookEndpoint = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteWebhookEndpointMutation(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listWebhookEndpointsQueryKey() }),
  });
};

export const useWebhookDeliveries = (endpointId: string) =>
  useQuery({
    ...listWebhookDeliveriesOptions({ path: { id: endpointId } }),
    // Deliveries change on their own (retries with backoff), so the log refreshes while open.
    refetchInterval: 10_000,
  });

export const useRetryWebhookDelivery = (endpointId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    ...retryWebhookDeliveryMutation(),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: listWebhookDeliveriesQueryKey({ path: { id: endpointId } }),
        }),
        // A retry re-enables a disabled endpoint.
        queryClient.invalidateQueries({ queryKey: listWebhookEndpointsQueryKey() }),
      ]),
  });
};
