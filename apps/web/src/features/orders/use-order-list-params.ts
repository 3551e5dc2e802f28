import { ORDER_KINDS, ORDER_STATUSES } from '@bei-hub/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { OrderFilters } from './api/use-orders-list';

export type OrderFilterName = 'kind' | 'status' | 'from' | 'to';
export const ORDER_FILTER_NAMES: readonly OrderFilterName[] = ['kind', 'status', 'from', 'to'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <V extends string>(allowed: readonly V[], value: string | null): V | undefined =>
  allowed.find((candidate) => candidate === value);

const dateOf = (value: string | null): string | undefined =>
  value && DATE.test(value) ? value : undefined;

/**
 * The list's filters live in the address, so a filtered list can be shared, reloaded and returned
 * to with Back. Unknown values (an edited URL) are ignored rather than sent.
 */
export const useOrderListParams = () => {
  const [params, setParams] = useSearchParams();

  const filters = useMemo(
    (): OrderFilters => ({
      kind: oneOf(ORDER_KINDS, params.get('kind')),
      status: oneOf(ORDER_STATUSES, params.get('status')),
      from: dateOf(params.get('from')),
      to: dateOf(params.get('to')),
    }),
    [params],
  );

  const change = useCallback(
    (patch: Partial<Record<OrderFilterName, string | null>>) => {
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

  const filtered = ORDER_FILTER_NAMES.some((name) => filters[name] !== undefined);
  return { filters, filtered, change };
};
