import { queryOptions, useQuery } from '@tanstack/react-query';
import { departmentSchema, type Department } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/departments`: every department (Fachbereich), sorted by code. */
export function getDepartments(signal?: AbortSignal): Promise<Department[]> {
  return api.get('/departments', { schema: departmentSchema.array(), signal });
}

export function departmentsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.departments.list(),
    queryFn: ({ signal }) => getDepartments(signal),
    staleTime: 5 * 60_000,
  });
}

export function useDepartments() {
  return useQuery(departmentsQueryOptions());
}
