import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { MeasureQueryInput } from '@leitplanken/shared';

/** The list parameters kept in the address, so a filtered list can be bookmarked and shared. */
export const FILTER_KEYS = [
  'q',
  'goal',
  'subGoal',
  'department',
  'status',
  'health',
  'check',
  'kind',
  'fieldOfAction',
  'public',
  'codetermination',
  'sort',
  'order',
  'page',
  'pageSize',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Partial<Record<FilterKey, string>>;

/**
 * Filters, sort and page of a measure list from the URL search parameters. `fixed` values are
 * always sent (e.g. the staff-council view's co-determination filter) unless the URL overrides
 * them; changing any filter returns to page 1.
 */
export function useMeasureFilters(fixed: FilterValues = {}) {
  const [params, setParams] = useSearchParams();
  const fixedKey = JSON.stringify(fixed);

  const values = useMemo<FilterValues>(() => {
    const result: FilterValues = { ...(JSON.parse(fixedKey) as FilterValues) };
    for (const key of FILTER_KEYS) {
      const value = params.get(key);
      if (value !== null && value !== '') result[key] = value;
    }
    return result;
  }, [params, fixedKey]);

  const update = useCallback(
    (changes: FilterValues) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, value);
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: false },
      );
    },
    [setParams],
  );

  const reset = useCallback(() => setParams(new URLSearchParams()), [setParams]);

  const query = values as MeasureQueryInput;
  const page = Number(values.page ?? 1) || 1;
  const pageSize = Number(values.pageSize ?? 25) || 25;
  return { values, query, page, pageSize, update, reset };
}
