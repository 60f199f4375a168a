import { useMutation, useQueryClient } from '@tanstack/react-query';
import { loginResponseSchema, type LoginRequest, type SessionUser } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `POST /api/auth/login`: 401 on wrong credentials, 429 when throttled (thrown as ApiRequestError). */
export async function login(credentials: LoginRequest): Promise<SessionUser> {
  const { user } = await api.post('/auth/login', credentials, { schema: loginResponseSchema });
  return user;
}

/** Signs in; the new session has a new CSRF token, and the session query gets the user. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      api.resetCsrfToken();
      queryClient.setQueryData(queryKeys.session.me(), user);
    },
  });
}
