import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_GENESIS_HASH, AuditService, auditHash } from '../src/modules/audit/audit.service.js';
import { startTestApp, type TestApp } from './support/app.js';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('appends hash-chained entries inside the transaction of the change', async () => {
    const audit = t.app.get(AuditService);
    const actor = { user: null, requestId: 'req-test-1' };
    await t.dataSource.transaction(async (em) => {
      await audit.record(em, actor, {
        action: 'create',
        entity: 'thing',
        entityId: '1',
        after: { b: 2, a: 'ä' },
      });
      await audit.record(em, actor, {
        action: 'update',
        entity: 'thing',
        entityId: '1',
        before: { a: 1 },
        after: { a: 2 },
      });
    });
    const rows: Array<Record<string, unknown> & { at: Date; prev_hash: string; hash: string }> =
      await t.dataSource.query('SELECT * FROM audit_log ORDER BY id');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.prev_hash).toBe(AUDIT_GENESIS_HASH);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    for (const r of rows) {
      const recomputed = auditHash(r.prev_hash, {
        at: r.at,
        actorId: r.actor_id as string | null,
        actorName: r.actor_name as string | null,
        action: r.action as string,
        entity: r.entity as string,
        entityId: r.entity_id as string,
        before: r.before as Record<string, unknown> | null,
        after: r.after as Record<string, unknown> | null,
        requestId: r.request_id as string | null,
      });
      expect(recomputed).toBe(r.hash);
    }
  });

  it('rolls back with the change: a failed transaction leaves no entry', async () => {
    const audit = t.app.get(AuditService);
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_log');
    await expect(
      t.dataSource.transaction(async (em) => {
        await audit.record(
          em,
          { user: null, requestId: null },
          { action: 'create', entity: 'thing', entityId: '2' },
        );
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM audit_log')).toEqual(before);
  });

  it('refuses to record outside a transaction', async () => {
    const audit = t.app.get(AuditService);
    await expect(
      audit.record(
        t.dataSource.manager,
        { user: null, requestId: null },
        { action: 'x', entity: 'y', entityId: 'z' },
      ),
    ).rejects.toThrow(/inside the transaction/);
  });

  it('cannot be changed by the application: UPDATE, DELETE and TRUNCATE fail', async () => {
    await expect(t.dataSource.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });
});
