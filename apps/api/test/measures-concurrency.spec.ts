import type { Measure } from '@leitplanken/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';
import type { HttpClient, TestResponse } from './support/http.js';
import { assessAll, countRows, createMeasure, departmentId, supports } from './support/measures.js';

interface VersionConflict {
  statusCode: number;
  code: string;
  message: string;
  details: { currentVersion: number };
}

/**
 * Lost updates are impossible: two writers who read the same version race; exactly one wins,
 * the other gets 409 with the current version, and the stored measure is the winner's alone —
 * fields, collections, revision and audit entry.
 */
describe('optimistic locking of measures', () => {
  let t: TestApp;
  let board: HttpClient;
  let fbl: HttpClient;
  let fb3: string;

  beforeAll(async () => {
    t = await startTestApp();
    board = await t.as('board');
    fbl = await t.as('department_head');
    fb3 = await departmentId(t, 'FB 3');
  });
  afterAll(() => t.close());

  async function storedRow(id: string) {
    const rows: Array<Record<string, unknown>> = await t.dataSource.query(
      `SELECT title, status, version, budget_planned::text AS budget FROM measures WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  it('two parallel PATCHes with the same version: one 200, one 409, the row is the winner’s', async () => {
    for (let round = 0; round < 5; round += 1) {
      const m = await createMeasure(fbl, {
        title: `Parallel ${round}`,
        departmentId: fb3,
        assessments: assessAll({ '1.1': supports() }),
      });
      const [audit0, revisions0] = [
        await countRows(t, 'audit_log'),
        await countRows(t, 'measure_revisions'),
      ];
      const bodies = [
        {
          version: m.version,
          title: `Sieger A ${round}`,
          status: 'in_progress',
          budgetPlanned: 1000,
          assessments: assessAll({ '1.1': supports(), '1.2': supports('A') }),
        },
        {
          version: m.version,
          title: `Sieger B ${round}`,
          status: 'paused',
          budgetPlanned: 2000,
          assessments: assessAll({ '1.1': supports(), '3.1': supports('B') }),
        },
      ];
      const responses = (await Promise.all([
        fbl.patch<Measure | VersionConflict>(`/api/measures/${m.id}`, bodies[0]),
        board.patch<Measure | VersionConflict>(`/api/measures/${m.id}`, bodies[1]),
      ])) as [TestResponse<Measure | VersionConflict>, TestResponse<Measure | VersionConflict>];

      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      const winnerIndex = responses.findIndex((r) => r.status === 200);
      const winner = responses[winnerIndex]!.body as Measure;
      const loser = responses[1 - winnerIndex]!.body as VersionConflict;
      const sent = bodies[winnerIndex]!;

      expect(loser).toMatchObject({
        statusCode: 409,
        code: 'VERSION_CONFLICT',
        details: { currentVersion: m.version + 1 },
      });
      expect(loser.message).toMatch(/inzwischen von jemand anderem geändert/);

      expect(winner.version).toBe(m.version + 1);
      expect(await storedRow(m.id)).toEqual({
        title: sent.title,
        status: sent.status,
        version: m.version + 1,
        budget: sent.budgetPlanned === 1000 ? '1000.00' : '2000.00',
      });
      const stored = (await board.get<Measure>(`/api/measures/${m.id}`)).body;
      expect(
        stored.assessments.filter((a) => a.rating === 'supports').map((a) => a.subGoalCode),
      ).toEqual(sent.assessments.filter((a) => a.rating === 'supports').map((a) => a.subGoalCode));
      // Exactly one write happened: one revision, one audit entry.
      expect(await countRows(t, 'measure_revisions')).toBe(revisions0 + 1);
      expect(await countRows(t, 'audit_log')).toBe(audit0 + 1);
    }
  });

  it('both writers inside their transactions at the same moment: the WHERE version decides', async () => {
    const m = await createMeasure(fbl, { title: 'Gleichzeitig', departmentId: fb3 });
    // Hold the row so that both PATCHes read version 1 and then wait at their UPDATE.
    const blocker = t.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('SELECT 1 FROM measures WHERE id = $1 FOR UPDATE', [m.id]);
    const racing = Promise.all([
      fbl.patch<Measure>(`/api/measures/${m.id}`, { version: 1, title: 'Erster' }),
      board.patch<Measure>(`/api/measures/${m.id}`, { version: 1, title: 'Zweiter' }),
    ]);
    const waiting = async () => {
      const rows: Array<{ n: number }> = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'
            AND query LIKE 'UPDATE measures%'`,
      );
      return rows[0]!.n;
    };
    const deadline = Date.now() + 10_000;
    while ((await waiting()) < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await waiting()).toBe(2);
    await blocker.commitTransaction();
    await blocker.release();

    const responses = await racing;
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = responses.find((r) => r.status === 200)!.body;
    expect(await storedRow(m.id)).toMatchObject({ title: winner.title, version: 2 });
  });

  it('a stale version is refused after the fact too, and nothing changes', async () => {
    const m = await createMeasure(fbl, { title: 'Alt', departmentId: fb3 });
    const first = await fbl.patch<Measure>(`/api/measures/${m.id}`, { version: 1, title: 'Neu' });
    expect(first.status).toBe(200);
    const before = await storedRow(m.id);
    const stale = await board.patch<VersionConflict>(`/api/measures/${m.id}`, {
      version: 1,
      title: 'Überschrieben?',
      milestones: [{ title: 'soll nicht entstehen' }],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.details).toEqual({ currentVersion: 2 });
    expect(await storedRow(m.id)).toEqual(before);
    const milestones: Array<{ n: number }> = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM measure_milestones WHERE measure_id = $1',
      [m.id],
    );
    expect(milestones[0]!.n).toBe(0);
  });

  it('co-determination and delete take part in the same lock', async () => {
    const m = await createMeasure(board, { title: 'Gesperrt', departmentId: fb3 });
    const council = await t.as('staff_council');
    const [put, patch] = await Promise.all([
      council.put(`/api/measures/${m.id}/codetermination`, {
        version: m.version,
        relevance: 'co_determination',
      }),
      board.patch(`/api/measures/${m.id}`, { version: m.version, status: 'in_progress' }),
    ]);
    expect([put.status, patch.status].sort()).toEqual([200, 409]);

    const staleDelete = await board.delete(`/api/measures/${m.id}?version=1`);
    expect(staleDelete.status).toBe(409);
    expect((await board.get(`/api/measures/${m.id}`)).status).toBe(200);
    const deleted = await board.delete(`/api/measures/${m.id}?version=2`);
    expect(deleted.status).toBe(204);
  });
});
