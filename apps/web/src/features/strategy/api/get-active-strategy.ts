import { queryOptions, useQuery } from '@tanstack/react-query';
import { strategySchema, type Strategy } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/strategies/active`: the adopted strategy with its goals and sub-goals (Leitplanken). */
export function getActiveStrategy(signal?: AbortSignal): Promise<Strategy> {
  return api.get('/strategies/active', { schema: strategySchema, signal });
}

export function activeStrategyQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.strategies.active(),
    queryFn: ({ signal }) => getActiveStrategy(signal),
    staleTime: 5 * 60_000, // the strategy text changes rarely
  });
}

export function useActiveStrategy() {
  return useQuery(activeStrategyQueryOptions());
}
