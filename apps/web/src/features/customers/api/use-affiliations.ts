import { listAffiliationsOptions } from '@bei-hub/api-client';
import { useQuery } from '@tanstack/react-query';

/** Clinics a doctor practises at, or doctors practising at a clinic. */
export const useAffiliations = (customerId: string) =>
  useQuery(listAffiliationsOptions({ path: { id: customerId } }));
