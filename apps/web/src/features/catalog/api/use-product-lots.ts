import { listProductLotsOptions } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';

/** A product's lots, first expiry first (the order fulfilment takes them in). */
export const useProductLots = (id: string) => useQuery(listProductLotsOptions({ path: { id } }));
