import {
  approveOrder,
  cancelOrder,
  fulfilOrder,
  invoiceOrder,
  type OrderResponseDto,
  payOrder,
  type ReceivedLotDto,
  receiveOrder,
  submitOrder,
} from '@bei-hub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refreshAfterTransition } from './orders-cache';

export type OrderActionInput =
  | { action: 'submit' | 'invoice' | 'pay' | 'fulfil' }
  | { action: 'approve' | 'cancel'; note?: string }
  | { action: 'receive'; lots: ReceivedLotDto[] };

const run = async (id: string, input: OrderActionInput): Promise<OrderResponseDto> => {
  const path = { id };
  const throwOnError = true as const;
  switch (input.action) {
    case 'submit':
      return (await submitOrder({ path, throwOnError })).data;
    case 'invoice':
      return (await invoiceOrder({ path, throwOnError })).data;
    case 'pay':
      return (await payOrder({ path, throwOnError })).data;
    // No allocations: the server takes lots first-expiry-first-out (CDAKB FEFO).
    case 'fulfil':
      return (await fulfilOrder({ path, body: {}, throwOnError })).data;
    case 'approve':
      return (await approveOrder({ path, body: noteBody(input.note), throwOnError })).data;
    case 'cancel':
      return (await cancelOrder({ path, body: noteBody(input.note), throwOnError })).data;
    case 'receive':
      return (await receiveOrder({ path, body: { lots: input.lots }, throwOnError })).data;
  }
};

const noteBody = (note: string | undefined) => (note?.trim() ? { note: note.trim() } : {});

/** One step of the order's lifecycle; the answer replaces the cached order. */
export const useOrderAction = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrderActionInput) => run(id, input),
    onSuccess: (order) => refreshAfterTransition(queryClient, order),
  });
};
