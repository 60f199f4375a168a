import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `POST /api/auth/logout`: ends the session on the server. */
export function logout(): Promise<void> {
  return api.post<void>('/auth/logout');
}

/**
 * Signs out and forgets every cached answer, so the next person at this computer sees nothing of
 * the previous one's data.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      api.resetCsrfToken();
      // Everything but the session query itself, whose observers must see the `null`.
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== queryKeys.session.all[0],
      });
      queryClient.setQueryData(queryKeys.session.me(), null);
    },
  });
}
