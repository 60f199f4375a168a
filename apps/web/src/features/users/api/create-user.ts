import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema, type CreateUserRequest, type User } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `POST /api/users` (admins). */
export function createUser(input: CreateUserRequest): Promise<User> {
  return api.post('/users', input, { schema: userSchema });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
  });
}
