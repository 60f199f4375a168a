import type { MeasureQueryInput } from '@leitplanken/shared';

/**
 * Every TanStack Query key of the web app, built here and nowhere else, so that a mutation can
 * invalidate exactly what it changes (`queryClient.invalidateQueries({ queryKey: queryKeys.x.all })`).
 * Shape: `[domain, ...specifics]`; `all` is the prefix of every key of that domain.
 */
const strategies = ['strategies'] as const;
const session = ['session'] as const;
const fieldsOfAction = ['fields-of-action'] as const;
const measures = ['measures'] as const;
const audit = ['audit'] as const;
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
  fieldsOfAction: {
    all: fieldsOfAction,
    list: () => [...fieldsOfAction, 'list'] as const,
  },
  measures: {
    all: measures,
    list: (filter: MeasureQueryInput) => [...measures, 'list', filter] as const,
    detail: (id: string) => [...measures, 'detail', id] as const,
    coverage: () => [...measures, 'coverage'] as const,
  },
  audit: {
    all: audit,
    of: (entity: string, id: string) => [...audit, entity, id] as const,
  },
  strategies: {
    all: strategies,
    active: () => [...strategies, 'active'] as const,
  },
} as const;
