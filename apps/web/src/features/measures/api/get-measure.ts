import { queryOptions, useQuery } from '@tanstack/react-query';
import { measureSchema, type Measure } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/measures/:id`: one measure with its figures and guardrail check. */
export function getMeasure(id: string, signal?: AbortSignal): Promise<Measure> {
  return api.get(`/measures/${encodeURIComponent(id)}`, { schema: measureSchema, signal });
}

export function measureQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.measures.detail(id),
    queryFn: ({ signal }) => getMeasure(id, signal),
  });
}

export function useMeasure(id: string) {
  return useQuery(measureQueryOptions(id));
}
