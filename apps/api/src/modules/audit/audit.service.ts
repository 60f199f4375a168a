import { createHash } from 'node:crypto';
import type { AuditEntry, AuditQuery, AuditVerification } from '@leitplanken/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/current-user.decorator.js';
import { CommonException } from '../../common/errors/common.errors.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { toAuditEntry } from './audit.mapper.js';

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
 * Appends one entry to the chain; the same as `AuditService.record`, for code outside Nest's
 * container (the start-up seed). Must run inside the transaction of the change.
 */
export async function appendAuditEntry(
  em: EntityManager,
  actor: Actor,
  record: AuditRecord,
): Promise<void> {
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

/** Audit entries that reveal information about staff: readable by admins only. */
export const ADMIN_ONLY_AUDIT_ENTITIES: ReadonlySet<string> = new Set(['user']);

/** Rows read per round trip while verifying the chain. */
const VERIFY_BATCH = 2000;

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * The audit log. Call `record` inside the transaction of the change it describes, as the last
 * step of that transaction (it takes a lock that is held until commit).
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The entries of one entity (or of all entities of a kind), newest first. Internal roles may
   * read the history of what they may read; entries about accounts are for admins only.
   */
  async list(query: AuditQuery, reader: AuthUser): Promise<AuditEntry[]> {
    if (ADMIN_ONLY_AUDIT_ENTITIES.has(query.entity) && reader.role !== 'admin') {
      throw new CommonException('FORBIDDEN', {
        de: 'Änderungen an Konten sieht nur die Administration.',
        en: 'Only admins can see changes to accounts.',
      });
    }
    const rows = await this.dataSource.getRepository(AuditEntryEntity).find({
      where: { entity: query.entity, ...(query.id === undefined ? {} : { entityId: query.id }) },
      order: { id: 'DESC' },
      take: query.limit,
    });
    return rows.map(toAuditEntry);
  }

  /**
   * Recomputes the whole chain in one consistent snapshot: every entry must carry the hash of its
   * predecessor and the hash of its own content. Reports the first entry where either fails.
   */
  async verify(): Promise<AuditVerification> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      let prevHash = AUDIT_GENESIS_HASH;
      let lastId = '0';
      let checked = 0;
      for (;;) {
        const rows: AuditRow[] = await em.query(
          `SELECT id::text AS id, at, actor_id, actor_name, action, entity, entity_id, before, after, request_id, prev_hash, hash
             FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2`,
          [lastId, VERIFY_BATCH],
        );
        for (const row of rows) {
          checked += 1;
          const expected = auditHash(prevHash, {
            at: row.at,
            actorId: row.actor_id,
            actorName: row.actor_name,
            action: row.action,
            entity: row.entity,
            entityId: row.entity_id,
            before: row.before,
            after: row.after,
            requestId: row.request_id,
          });
          if (row.prev_hash !== prevHash || row.hash !== expected) {
            return { valid: false, checked, firstInvalidId: row.id };
          }
          prevHash = row.hash;
          lastId = row.id;
        }
        if (rows.length < VERIFY_BATCH) return { valid: true, checked };
      }
    });
  }

  async record(em: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
    await appendAuditEntry(em, actor, record);
  }
}
