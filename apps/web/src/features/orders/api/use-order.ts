import { getOrder } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';
import { type OrderWithEtag, orderWithEtagKey } from './orders-cache';

/** One order plus the ETag a draft's PATCH sends back; the editor asks for the latest (`fresh`). */
export const useOrder = (id: string, { fresh = false }: { fresh?: boolean } = {}) =>
  useQuery({
    queryKey: orderWithEtagKey(id),
    queryFn: async ({ signal }): Promise<OrderWithEtag> => {
      const { data, response } = await getOrder({ path: { id }, signal, throwOnError: true });
      return { order: data, etag: response.headers.get('ETag') };
    },
    ...(fresh ? { staleTime: 0 } : {}),
  });
