import {
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  LICENSE_STATUSES,
  PROVINCES,
  REGIONS,
} from '@bei-hub/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CustomerFilters } from './api/use-customers-list';

export type FilterName = Exclude<keyof CustomerFilters, 'q' | 'ownerId'>;
export const FILTER_NAMES: readonly FilterName[] = [
  'type',
  'province',
  'city',
  'status',
  'licenseStatus',
];

const oneOf = <V extends string>(allowed: readonly V[], value: string | null): V | undefined =>
  allowed.find((candidate) => candidate === value);

/**
 * The list's search and filters live in the address, so a filtered list can be shared, reloaded
 * and returned to with Back. Unknown values (an edited URL) are ignored rather than sent.
 */
export const useCustomerListParams = () => {
  const [params, setParams] = useSearchParams();

  const filters = useMemo((): CustomerFilters => {
    const province = oneOf(PROVINCES, params.get('province'));
    return {
      q: params.get('q')?.trim() || undefined,
      type: oneOf(CUSTOMER_TYPES, params.get('type')),
      province,
      city: province ? oneOf(REGIONS[province] ?? [], params.get('city')) : undefined,
      status: oneOf(CUSTOMER_STATUSES, params.get('status')),
      licenseStatus: oneOf(LICENSE_STATUSES, params.get('licenseStatus')),
    };
  }, [params]);

  /** Sets or clears some parameters, replacing the history entry: typing is not navigation. */
  const change = useCallback(
    (patch: Partial<Record<keyof CustomerFilters, string | null>>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [name, value] of Object.entries(patch)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const filtered = FILTER_NAMES.some((name) => filters[name] !== undefined);
  return { filters, filtered, change, urlSearch: params.get('q') ?? '' };
};
