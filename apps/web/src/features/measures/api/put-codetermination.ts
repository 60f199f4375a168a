import { useMutation, useQueryClient } from '@tanstack/react-query';
import { measureSchema, type CodeterminationInput, type Measure } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `PUT /api/measures/:id/codetermination`: the whole co-determination record. */
export function putCodetermination(input: {
  id: string;
  body: CodeterminationInput;
}): Promise<Measure> {
  return api.put(`/measures/${encodeURIComponent(input.id)}/codetermination`, input.body, {
    schema: measureSchema,
  });
}

export function usePutCodetermination() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putCodetermination,
    onSuccess: async (measure) => {
      queryClient.setQueryData(queryKeys.measures.detail(measure.id), measure);
      await queryClient.invalidateQueries({ queryKey: queryKeys.measures.all });
      await queryClient.invalidateQueries({ queryKey: queryKeys.audit.all });
    },
  });
}
