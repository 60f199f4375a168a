import { queryOptions, useQuery } from '@tanstack/react-query';
import { fieldOfActionSchema, type FieldOfAction } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/fields-of-action`: every field of action (Handlungsfeld), also inactive ones. */
export function getFieldsOfAction(signal?: AbortSignal): Promise<FieldOfAction[]> {
  return api.get('/fields-of-action', { schema: fieldOfActionSchema.array(), signal });
}

export function fieldsOfActionQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.fieldsOfAction.list(),
    queryFn: ({ signal }) => getFieldsOfAction(signal),
    staleTime: 5 * 60_000,
  });
}

export function useFieldsOfAction() {
  return useQuery(fieldsOfActionQueryOptions());
}
