import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { measurePageSchema, type MeasurePage, type MeasureQueryInput } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/measures`: one page of the filtered, sorted list. */
export function getMeasures(filter: MeasureQueryInput, signal?: AbortSignal): Promise<MeasurePage> {
  return api.get('/measures', {
    query: filter as Record<string, string | number | boolean | string[] | undefined>,
    schema: measurePageSchema,
    signal,
  });
}

export function measuresQueryOptions(filter: MeasureQueryInput) {
  return queryOptions({
    queryKey: queryKeys.measures.list(filter),
    queryFn: ({ signal }) => getMeasures(filter, signal),
    // Keep the old page on screen while the next one loads: no jumping table.
    placeholderData: keepPreviousData,
  });
}

export function useMeasures(filter: MeasureQueryInput) {
  return useQuery(measuresQueryOptions(filter));
}
