import { queryOptions, useQuery } from '@tanstack/react-query';
import { userSchema, type User } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/users` (admins): every account, by name. */
export function getUsers(signal?: AbortSignal): Promise<User[]> {
  return api.get('/users', { schema: userSchema.array(), signal });
}

export function usersQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.users.list(),
    queryFn: ({ signal }) => getUsers(signal),
  });
}

export function useUsers() {
  return useQuery(usersQueryOptions());
}
