import { queryOptions } from '@tanstack/react-query';
import { loginResponseSchema, type SessionUser } from '@leitplanken/shared';
import { api, ApiRequestError } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/auth/me`: the signed-in person, or `null` without a (valid) session. */
export async function getSession(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    const { user } = await api.get('/auth/me', { schema: loginResponseSchema, signal });
    return user;
  } catch (error) {
    if (error instanceof ApiRequestError && error.statusCode === 401) return null;
    throw error;
  }
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.session.me(),
    queryFn: ({ signal }) => getSession(signal),
    // Changes only by signing in or out, which set it directly.
    staleTime: Infinity,
  });
}
