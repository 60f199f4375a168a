import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `DELETE /api/measures/:id?version=…`: refused with 409 when someone changed it meanwhile. */
export function deleteMeasure(input: { id: string; version: number }): Promise<void> {
  return api.delete(`/measures/${encodeURIComponent(input.id)}`, {
    query: { version: input.version },
  });
}

export function useDeleteMeasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMeasure,
    onSuccess: async (_, { id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.measures.detail(id) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.measures.all });
    },
  });
}
