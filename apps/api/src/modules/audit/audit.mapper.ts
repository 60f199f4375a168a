import type { AuditEntry } from '@leitplanken/shared';
import type { AuditEntryEntity } from './audit-entry.entity.js';

export function toAuditEntry(e: AuditEntryEntity): AuditEntry {
  return {
    id: String(e.id),
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
    requestId: e.requestId,
  };
}
