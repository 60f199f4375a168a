import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/current-user.decorator.js';
import type { AuditEntryEntity } from './audit-entry.entity.js';

export const AUDIT_GENESIS_HASH = '0'.repeat(64);
/** Serialises appends so that each entry links to the one before it. */
const AUDIT_LOCK_KEY = 4711002;

export interface AuditRecord {
  action: 'create' | 'update' | 'delete' | (string & {});
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level: the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  const normalise = (v: Json): Json => {
    if (Array.isArray(v)) return v.map(normalise);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, normalise(v[k] as Json)]),
      );
    }
    return v;
  };
  const plain = value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json);
  return JSON.stringify(normalise(plain));
}

export function auditHash(
  prevHash: string,
  entry: Omit<AuditEntryEntity, 'id' | 'hash' | 'prevHash'>,
): string {
  return createHash('sha256')
    .update(prevHash)
    .update(
      canonicalJson({
        at: entry.at.toISOString(),
        actorId: entry.actorId,
        actorName: entry.actorName,
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId,
        before: entry.before,
        after: entry.after,
        requestId: entry.requestId,
      }),
    )
    .digest('hex');
}

/**
 * The audit log. Call `record` inside the transaction of the change it describes, as the last
 * step of that transaction (it takes a lock that is held until commit).
 */
@Injectable()
export class AuditService {
  async record(em: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
    if (!em.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.record must run inside the transaction of the change');
    }
    await em.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
    const last: Array<{ hash: string }> = await em.query(
      'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1',
    );
    const prevHash = last[0]?.hash ?? AUDIT_GENESIS_HASH;
    const entry = {
      at: new Date(),
      actorId: actor.user?.id ?? null,
      actorName: actor.user ? `${actor.user.name} (${actor.user.role})` : null,
      action: record.action,
      entity: record.entity,
      entityId: record.entityId,
      before:
        record.before === undefined
          ? null
          : (JSON.parse(canonicalJson(record.before)) as Record<string, unknown>),
      after:
        record.after === undefined
          ? null
          : (JSON.parse(canonicalJson(record.after)) as Record<string, unknown>),
      requestId: actor.requestId,
    };
    await em.query(
      `INSERT INTO audit_log (at, actor_id, actor_name, action, entity, entity_id, before, after, request_id, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        entry.at,
        entry.actorId,
        entry.actorName,
        entry.action,
        entry.entity,
        entry.entityId,
        entry.before === null ? null : JSON.stringify(entry.before),
        entry.after === null ? null : JSON.stringify(entry.after),
        entry.requestId,
        prevHash,
        auditHash(prevHash, entry),
      ],
    );
  }
}
