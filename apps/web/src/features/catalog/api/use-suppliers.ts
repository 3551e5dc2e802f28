import { listSuppliersOptions } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';

/** Suppliers are few; the API returns them all in one list. */
export const useSuppliers = ({ enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...listSuppliersOptions(), enabled });
