import type { ListAuditEventsData } from '@bei-hub/api-client';

/** The viewer's filters as they live in the URL, so a filtered view can be linked and reloaded. */
export type AuditFilters = {
  action: string;
  actorId: string;
  subjectId: string;
  resourceType: string;
  resourceId: string;
  /** Calendar days in Jakarta, `YYYY-MM-DD`. */
  from: string;
  to: string;
};

export const FILTER_KEYS = [
  'action',
  'actorId',
  'subjectId',
  'resourceType',
  'resourceId',
  'from',
  'to',
] as const satisfies readonly (keyof AuditFilters)[];

export const EMPTY_FILTERS: AuditFilters = {
  action: '',
  actorId: '',
  subjectId: '',
  resourceType: '',
  resourceId: '',
  from: '',
  to: '',
};

export const filtersFromParams = (params: URLSearchParams): AuditFilters => {
  const filters = { ...EMPTY_FILTERS };
  for (const key of FILTER_KEYS) filters[key] = params.get(key)?.trim() ?? '';
  return filters;
};

export const paramsFromFilters = (filters: AuditFilters): URLSearchParams => {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  return params;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Start of a Jakarta calendar day (UTC+7, no daylight saving) as a UTC instant. */
export const startOfWibDay = (day: string): string | undefined =>
  DAY.test(day) ? new Date(`${day}T00:00:00.000+07:00`).toISOString() : undefined;

/** End of a Jakarta calendar day (inclusive) as a UTC instant. */
export const endOfWibDay = (day: string): string | undefined =>
  DAY.test(day) ? new Date(`${day}T23:59:59.999+07:00`).toISOString() : undefined;

type AuditQuery = NonNullable<ListAuditEventsData['query']>;

/** The list endpoint's query: empty filters are left out rather than sent blank. */
export const toQuery = (filters: AuditFilters): AuditQuery => {
  const query: AuditQuery = {};
  if (filters.action) query.action = filters.action;
  if (filters.actorId) query.actorId = filters.actorId;
  if (filters.subjectId) query.subjectId = filters.subjectId;
  if (filters.resourceType) query.resourceType = filters.resourceType;
  if (filters.resourceId) query.resourceId = filters.resourceId;
  const from = startOfWibDay(filters.from);
  const to = endOfWibDay(filters.to);
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
};
