/**
 * Every TanStack Query key of the web app, built here and nowhere else, so that a mutation can
 * invalidate exactly what it changes (`queryClient.invalidateQueries({ queryKey: queryKeys.x.all })`).
 * Shape: `[domain, ...specifics]`; `all` is the prefix of every key of that domain.
 */
const strategies = ['strategies'] as const;
const session = ['session'] as const;
const users = ['users'] as const;
const departments = ['departments'] as const;

export const queryKeys = {
  session: {
    all: session,
    me: () => [...session, 'me'] as const,
  },
  users: {
    all: users,
    list: () => [...users, 'list'] as const,
  },
  departments: {
    all: departments,
    list: () => [...departments, 'list'] as const,
  },
  strategies: {
    all: strategies,
    active: () => [...strategies, 'active'] as const,
  },
} as const;
