/**
 * Every TanStack Query key of the web app, built here and nowhere else, so that a mutation can
 * invalidate exactly what it changes (`queryClient.invalidateQueries({ queryKey: queryKeys.x.all })`).
 * Shape: `[domain, ...specifics]`; `all` is the prefix of every key of that domain.
 */
const strategies = ['strategies'] as const;

export const queryKeys = {
  strategies: {
    all: strategies,
    active: () => [...strategies, 'active'] as const,
  },
} as const;
