import { listCustomerDuplicatesOptions } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';

export const useCustomerDuplicates = (id: string) =>
  useQuery(listCustomerDuplicatesOptions({ path: { id } }));
