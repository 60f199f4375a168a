import { queryOptions, useQuery } from '@tanstack/react-query';
import { auditEntrySchema, type AuditEntry } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/audit?entity=…&id=…`: the change history of one entry, newest first. */
export function getAuditEntries(
  entity: string,
  id: string,
  signal?: AbortSignal,
): Promise<AuditEntry[]> {
  return api.get('/audit', { query: { entity, id }, schema: auditEntrySchema.array(), signal });
}

export function auditEntriesQueryOptions(entity: string, id: string) {
  return queryOptions({
    queryKey: queryKeys.audit.of(entity, id),
    queryFn: ({ signal }) => getAuditEntries(entity, id, signal),
  });
}

export function useAuditEntries(entity: string, id: string) {
  return useQuery(auditEntriesQueryOptions(entity, id));
}
