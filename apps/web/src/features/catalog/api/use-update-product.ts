import { updateProduct, type UpdateProductData } from '@bei-hub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateProductLists, productWithEtagKey } from './catalog-cache';
import type { ProductWithEtag } from './use-product';

type UpdateProductInput = { id: string; etag: string; changes: UpdateProductData['body'] };

/** PATCH guarded by If-Match, so two admins editing one product cannot overwrite each other. */
export const useUpdateProduct = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, changes }: UpdateProductInput): Promise<ProductWithEtag> => {
      const { data, response } = await updateProduct({
        path: { id },
        body: changes,
        headers: { 'If-Match': etag },
        throwOnError: true,
      });
      return { product: data, etag: response.headers.get('ETag') };
    },
    onSuccess: (result) => {
      queryClient.setQueryData(productWithEtagKey(result.product.id), result);
      return invalidateProductLists(queryClient);
    },
  });
};
