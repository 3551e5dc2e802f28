import { getProduct, type ProductResponseDto } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';
import { productWithEtagKey } from './catalog-cache';

export type ProductWithEtag = { product: ProductResponseDto; etag: string | null };

/** One product plus the ETag a later PATCH sends back; the editor asks for the latest. */
export const useProduct = (id: string, { fresh = false }: { fresh?: boolean } = {}) =>
  useQuery({
    queryKey: productWithEtagKey(id),
    queryFn: async ({ signal }): Promise<ProductWithEtag> => {
      const { data, response } = await getProduct({ path: { id }, signal, throwOnError: true });
      return { product: data, etag: response.headers.get('ETag') };
    },
    ...(fresh ? { staleTime: 0 } : {}),
  });
