import {
  createPrivacyNoticeMutation,
  createSuppressionMutation,
  createUnsubscribeLinkMutation,
  deleteSuppressionMutation,
  listAudienceOptions,
  listConsentHistoryOptions,
  listConsentHistoryQueryKey,
  listConsentPurposesOptions,
  listConsentsOptions,
  listConsentsQueryKey,
  listPrivacyNoticesOptions,
  listPrivacyNoticesQueryKey,
  listSuppressionsInfiniteOptions,
  listSuppressionsQueryKey,
  recordConsentMutation,
} from '@bei-hub/api-client';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

const AUDIENCE_PAGE = 50;

/** Purposes change rarely (only an admin adds one): keep them for the session. */
export const useConsentPurposes = () =>
  useQuery({ ...listConsentPurposesOptions(), staleTime: Infinity });

export const usePrivacyNotices = () => useQuery(listPrivacyNoticesOptions());

export const useConsents = (customerId: string) =>
  useQuery(listConsentsOptions({ path: { id: customerId } }));

export const useConsentHistory = (customerId: string) =>
  useQuery(listConsentHistoryOptions({ path: { id: customerId } }));

export const useRecordConsent = (customerId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    ...recordConsentMutation(),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: listConsentsQueryKey({ path: { id: customerId } }),
        }),
        queryClient.invalidateQueries({
          queryKey: listConsentHistoryQueryKey({ path: { id: customerId } }),
        }),
      ]),
  });
};

export const useCreateUnsubscribeLink = () => useMutation(createUnsubscribeLinkMutation());

export const useCreatePrivacyNotice = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...createPrivacyNoticeMutation(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listPrivacyNoticesQueryKey() }),
  });
};

export const useSuppressions = () =>
  useInfiniteQuery({
    ...listSuppressionsInfiniteOptions({ query: { limit: 50 } }),
    initialPageParam: {},
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

// Every cached suppressions list (infinite or not), whatever its filter.
const SUPPRESSIONS = [{ _id: listSuppressionsQueryKey()[0]._id }];

export const useCreateSuppression = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...createSuppressionMutation(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SUPPRESSIONS }),
  });
};

export const useLiftSuppression = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteSuppressionMutation(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SUPPRESSIONS }),
  });
};

export const useAudience = (purpose: string | null) =>
  useQuery({
    ...listAudienceOptions({ path: { purpose: purpose ?? '' }, query: { limit: AUDIENCE_PAGE } }),
    enabled: purpose !== null,
  });
