import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema, type UpdateUserRequest, type User } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/**
 * `PATCH /api/users/:id` (admins): name, role, department, active flag or a new password. A new
 * role or department, deactivation and a new password end the account's sessions at once.
 */
export function updateUser({
  id,
  changes,
}: {
  id: string;
  changes: UpdateUserRequest;
}): Promise<User> {
  return api.patch(`/users/${encodeURIComponent(id)}`, changes, { schema: userSchema });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
  });
}
