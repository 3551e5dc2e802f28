import { findDuplicateCandidates, type FindDuplicatesDto } from '@bei-hub/api-client';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';

/**
 * Existing customers a draft may duplicate. A POST, but it only reads, so it is cached like a
 * query: typing back to an earlier value answers at once. `null` means "not enough to ask yet".
 */
export const useDuplicateCandidates = (draft: FindDuplicatesDto | null) =>
  useQuery({
    queryKey: ['findDuplicateCandidates', draft],
    queryFn: draft
      ? async ({ signal }) => {
          const { data } = await findDuplicateCandidates({
            body: draft,
            signal,
            throwOnError: true,
          });
          return data;
        }
      : skipToken,
    // The panel keeps the last answer while the next one loads instead of flashing empty.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
