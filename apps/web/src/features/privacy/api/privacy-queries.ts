import {
  createDisclosureMutation,
  createLegalHoldMutation,
  createPrivacyRequestMutation,
  exportPrivacyRequest,
  fulfilPrivacyRequestMutation,
  getErasurePlanOptions,
  getPrivacyRequestOptions,
  listCustomerDisclosuresOptions,
  listCustomersOptions,
  listDisclosuresOptions,
  listDisclosuresQueryKey,
  listLegalHoldsOptions,
  listLegalHoldsQueryKey,
  listPrivacyRequestsInfiniteOptions,
  listPrivacyRequestsOptions,
  listPrivacyRequestsQueryKey,
  rejectPrivacyRequestMutation,
  releaseLegalHoldMutation,
  verifyPrivacyRequestMutation,
  type ListPrivacyRequestsData,
} from '@bei-hub/api-client';
import {
  keepPreviousData,
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { saveBlob } from '../../../lib/download';

export type RequestFilters = NonNullable<ListPrivacyRequestsData['query']>;

const PAGE_SIZE = 50;

/** Every cached request list and request, so a change shows in the inbox and the record. */
const invalidateRequests = (queryClient: QueryClient): Promise<unknown> =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: [{ _id: listPrivacyRequestsQueryKey()[0]._id }] }),
    queryClient.invalidateQueries({
      queryKey: [{ _id: getPrivacyRequestOptions({ path: { id: '' } }).queryKey[0]._id }],
    }),
    queryClient.invalidateQueries({
      queryKey: [{ _id: getErasurePlanOptions({ path: { id: '' } }).queryKey[0]._id }],
    }),
  ]);

export const usePrivacyRequests = (filters: RequestFilters) =>
  useInfiniteQuery({
    ...listPrivacyRequestsInfiniteOptions({ query: { ...filters, limit: PAGE_SIZE } }),
    initialPageParam: {},
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export const useCustomerPrivacyRequests = (customerId: string) =>
  useQuery(listPrivacyRequestsOptions({ query: { customerId, limit: PAGE_SIZE } }));

export const usePrivacyRequest = (id: string) =>
  useQuery({ ...getPrivacyRequestOptions({ path: { id } }), staleTime: 0 });

export const useErasurePlan = (id: string, enabled: boolean) =>
  useQuery({ ...getErasurePlanOptions({ path: { id } }), enabled, staleTime: 0 });

export const useCreatePrivacyRequest = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...createPrivacyRequestMutation(),
    onSuccess: () => invalidateRequests(queryClient),
  });
};

const useRequestMutation = <T extends object>(options: T) => {
  const queryClient = useQueryClient();
  return { ...options, onSuccess: () => invalidateRequests(queryClient) };
};

export const useVerifyPrivacyRequest = () =>
  useMutation(useRequestMutation(verifyPrivacyRequestMutation()));

export const useFulfilPrivacyRequest = () =>
  useMutation(useRequestMutation(fulfilPrivacyRequestMutation()));

export const useRejectPrivacyRequest = () =>
  useMutation(useRequestMutation(rejectPrivacyRequestMutation()));

/**
 * The access export goes through the configured client (bearer token, refresh on 401), so a
 * plain link would not do: JSON is saved as a file, HTML opens in a new tab.
 */
export const useExportPrivacyRequest = (id: string) =>
  useMutation({
    mutationFn: async (format: 'json' | 'html'): Promise<void> => {
      const { data } = await exportPrivacyRequest({
        path: { id },
        query: { format },
        parseAs: 'blob',
        throwOnError: true,
      });
      const body: unknown = data;
      const type = format === 'json' ? 'application/json' : 'text/html';
      const blob = body instanceof Blob ? body : new Blob([JSON.stringify(body)], { type });
      if (format === 'json') {
        saveBlob(blob, `privacy-request-${id}.json`);
        return;
      }
      const url = URL.createObjectURL(new Blob([blob], { type }));
      // A blocked pop-up (the click is long past once the export arrives) still gets the file.
      const opened = window.open(url, '_blank');
      if (!opened) saveBlob(blob, `privacy-request-${id}.html`);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  });

/** Customers matching a search text, for the request form's picker. */
export const useCustomerSearch = (search: string) =>
  useQuery({
    ...listCustomersOptions({ query: { q: search.trim() || undefined, limit: 20 } }),
    placeholderData: keepPreviousData,
  });

export const useLegalHolds = (customerId?: string, enabled = true) =>
  useQuery({
    ...listLegalHoldsOptions({ query: { limit: 100, ...(customerId ? { customerId } : {}) } }),
    enabled,
  });

const invalidateHolds = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: [{ _id: listLegalHoldsQueryKey()[0]._id }] }),
    invalidateRequests(queryClient),
  ]);

export const useCreateLegalHold = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...createLegalHoldMutation(),
    onSuccess: () => invalidateHolds(queryClient),
  });
};

export const useReleaseLegalHold = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...releaseLegalHoldMutation(),
    onSuccess: () => invalidateHolds(queryClient),
  });
};

export const useDisclosures = () => useQuery(listDisclosuresOptions());

export const useCustomerDisclosures = (customerId: string) =>
  useQuery(listCustomerDisclosuresOptions({ path: { id: customerId } }));

export const useCreateDisclosure = () => {
  const queryClient = useQueryClient();
  return useMutation({
    ...createDisclosureMutation(),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: listDisclosuresQueryKey() }),
        queryClient.invalidateQueries({
          queryKey: [{ _id: listCustomerDisclosuresOptions({ path: { id: '' } }).queryKey[0]._id }],
        }),
      ]),
  });
};
