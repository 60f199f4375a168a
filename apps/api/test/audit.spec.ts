import type { AuditEntry, AuditVerification, User } from '@leitplanken/shared';
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

describe('audit history and chain verification over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** As the database superuser, behind the application's back: triggers off for this transaction only. */
  async function tamper(sql: string, params: unknown[]): Promise<void> {
    const qr = t.dataSource.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      await qr.query('SET LOCAL session_replication_role = replica');
      await qr.query(sql, params);
      await qr.commitTransaction();
    } finally {
      await qr.release();
    }
  }

  async function makeWrites(n: number): Promise<string[]> {
    const admin = await t.as('admin');
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const res = await admin.post<User>('/api/users', {
        email: `kette.${i}.${Date.now().toString(36)}@stadt.example`,
        name: `Kette ${i}`,
        role: 'viewer',
        password: 'ein-sicheres-Passwort-2026',
      });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    return ids;
  }

  it('verifies an untouched chain as valid and counts every entry', async () => {
    await makeWrites(3);
    const count: Array<{ n: number }> = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM audit_log',
    );
    const res = await (await t.as('admin')).get<AuditVerification>('/api/audit/verify');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ valid: true, checked: count[0]!.n });
    expect(count[0]!.n).toBeGreaterThanOrEqual(3);
  });

  it('serves the history of an entity to internal roles, newest first, and nothing to others', async () => {
    const audit = t.app.get(AuditService);
    await t.dataSource.transaction(async (em) => {
      await audit.record(
        em,
        { user: null, requestId: 'req-h-1' },
        {
          action: 'create',
          entity: 'measure',
          entityId: 'm-1',
          after: { title: 'Online-Terminvergabe' },
        },
      );
      await audit.record(
        em,
        { user: null, requestId: 'req-h-2' },
        {
          action: 'update',
          entity: 'measure',
          entityId: 'm-1',
          before: { title: 'Online-Terminvergabe' },
          after: { title: 'Online-Terminvergabe Bürgerbüro' },
        },
      );
    });
    for (const role of ['admin', 'board', 'department_head', 'staff_council', 'viewer'] as const) {
      const res = await (await t.as(role)).get<AuditEntry[]>('/api/audit?entity=measure&id=m-1');
      expect(res.status, role).toBe(200);
      expect(res.body.map((e) => [e.action, e.requestId])).toEqual([
        ['update', 'req-h-2'],
        ['create', 'req-h-1'],
      ]);
      expect(res.body[0]).toEqual({
        id: expect.any(String),
        at: expect.stringMatching(/^\d{4}-/),
        actorId: null,
        actorName: null,
        action: 'update',
        entity: 'measure',
        entityId: 'm-1',
        before: { title: 'Online-Terminvergabe' },
        after: { title: 'Online-Terminvergabe Bürgerbüro' },
        requestId: 'req-h-2',
      });
    }
    expect((await t.anonymous().get('/api/audit?entity=measure&id=m-1')).status).toBe(401);
    const limited = await (
      await t.as('viewer')
    ).get<AuditEntry[]>('/api/audit?entity=measure&id=m-1&limit=1');
    expect(limited.body).toHaveLength(1);
    expect((await (await t.as('viewer')).get('/api/audit')).status).toBe(400); // entity is required
  });

  it('reports a tampered entry: changed content makes the verification fail at that row', async () => {
    const [first] = await makeWrites(2);
    const rows: Array<{ id: string }> = await t.dataSource.query(
      `SELECT id::text AS id FROM audit_log WHERE entity = 'user' AND entity_id = $1`,
      [first],
    );
    const target = rows[0]!.id;
    await tamper(
      `UPDATE audit_log SET after = jsonb_set(after, '{role}', '"admin"') WHERE id = $1`,
      [target],
    );
    // The trigger is back in force for everyone else.
    await expect(t.dataSource.query('UPDATE audit_log SET action = action')).rejects.toThrow(
      /append-only/,
    );
    const res = await (await t.as('admin')).get<AuditVerification>('/api/audit/verify');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ valid: false, firstInvalidId: target });
    expect(res.body.checked).toBe(
      Number(
        (
          await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE id <= $1`, [
            target,
          ])
        )[0].n,
      ),
    );
  });
});

describe('chain verification finds a deleted entry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('the entry after a deleted one no longer links to its predecessor', async () => {
    const audit = t.app.get(AuditService);
    for (let i = 0; i < 3; i++) {
      await t.dataSource.transaction((em) =>
        audit.record(
          em,
          { user: null, requestId: null },
          {
            action: 'create',
            entity: 'thing',
            entityId: String(i),
          },
        ),
      );
    }
    const admin = await t.as('admin');
    expect((await admin.get<AuditVerification>('/api/audit/verify')).body.valid).toBe(true);
    const ids: Array<{ id: string }> = await t.dataSource.query(
      'SELECT id::text AS id FROM audit_log ORDER BY id',
    );
    const qr = t.dataSource.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      await qr.query('SET LOCAL session_replication_role = replica');
      await qr.query('DELETE FROM audit_log WHERE id = $1', [ids[1]!.id]);
      await qr.commitTransaction();
    } finally {
      await qr.release();
    }
    const res = await admin.get<AuditVerification>('/api/audit/verify');
    expect(res.body).toEqual({ valid: false, checked: 2, firstInvalidId: ids[2]!.id });
  });
});
