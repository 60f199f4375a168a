import { useMutation, useQueryClient } from '@tanstack/react-query';
import { measureSchema, type ExceptionDecisionInput, type Measure } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `POST /api/measures/:id/assessments/:code/exception`: the board accepts or rejects a conflict. */
export function decideException(input: {
  id: string;
  subGoalCode: string;
  body: ExceptionDecisionInput;
}): Promise<Measure> {
  return api.post(
    `/measures/${encodeURIComponent(input.id)}/assessments/${encodeURIComponent(input.subGoalCode)}/exception`,
    input.body,
    { schema: measureSchema },
  );
}

export function useDecideException() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideException,
    onSuccess: async (measure) => {
      queryClient.setQueryData(queryKeys.measures.detail(measure.id), measure);
      await queryClient.invalidateQueries({ queryKey: queryKeys.measures.all });
      await queryClient.invalidateQueries({ queryKey: queryKeys.audit.all });
    },
  });
}
