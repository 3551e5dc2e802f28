import { listAuditEventsInfiniteOptions } from '@bei-hub/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type AuditFilters, toQuery } from '../audit-filters';

const PAGE_SIZE = 100;

/** Audit events newest first, page by page (keyset cursor). */
export const useAuditEvents = (filters: AuditFilters) =>
  useInfiniteQuery({
    ...listAuditEventsInfiniteOptions({ query: { ...toQuery(filters), limit: PAGE_SIZE } }),
    initialPageParam: {},
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
