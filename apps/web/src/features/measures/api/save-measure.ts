import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  measureSchema,
  type CreateMeasureInput,
  type Measure,
  type UpdateMeasureInput,
} from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `POST /api/measures` (no id) or `PATCH /api/measures/:id` (with the version it is based on). */
export function saveMeasure(
  input: { id: null; body: CreateMeasureInput } | { id: string; body: UpdateMeasureInput },
): Promise<Measure> {
  return input.id === null
    ? api.post('/measures', input.body, { schema: measureSchema })
    : api.patch(`/measures/${encodeURIComponent(input.id)}`, input.body, { schema: measureSchema });
}

export function useSaveMeasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMeasure,
    onSuccess: async (measure) => {
      queryClient.setQueryData(queryKeys.measures.detail(measure.id), measure);
      await queryClient.invalidateQueries({ queryKey: queryKeys.measures.all });
      await queryClient.invalidateQueries({ queryKey: queryKeys.audit.all });
    },
  });
}
