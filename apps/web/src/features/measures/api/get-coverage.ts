import { queryOptions, useQuery } from '@tanstack/react-query';
import { coverageSchema, type Coverage } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/measures/coverage`: which guardrails no active measure supports. */
export function getCoverage(signal?: AbortSignal): Promise<Coverage> {
  return api.get('/measures/coverage', { schema: coverageSchema, signal });
}

export function coverageQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.measures.coverage(),
    queryFn: ({ signal }) => getCoverage(signal),
  });
}

export function useCoverage() {
  return useQuery(coverageQueryOptions());
}
