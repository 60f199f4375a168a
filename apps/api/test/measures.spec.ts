import {
  coverageSchema,
  fieldOfActionSchema,
  measurePageSchema,
  measureSchema,
  type Coverage,
  type FieldOfAction,
  type Measure,
  type MeasurePage,
} from '@leitplanken/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';
import type { HttpClient } from './support/http.js';
import {
  assessAll,
  conflicts,
  countRows,
  createMeasure,
  departmentId,
  SUB_GOAL_CODES,
  supports,
} from './support/measures.js';

describe('measures API', () => {
  let t: TestApp;
  let board: HttpClient;
  let fbl: HttpClient;
  let fb3: string;
  let fb6: string;

  beforeAll(async () => {
    t = await startTestApp();
    board = await t.as('board');
    fbl = await t.as('department_head');
    fb3 = await departmentId(t, 'FB 3');
    fb6 = await departmentId(t, 'FB 6');
  });
  afterAll(() => t.close());

  describe('create, read, change, delete', () => {
    it('creates a measure with every field and returns it with its figures', async () => {
      const fields = (await board.get<FieldOfAction[]>('/api/fields-of-action')).body;
      const res = await fbl.post<Measure>('/api/measures', {
        title: 'Digitaler Bewohnerparkausweis',
        description: 'Antrag, Bezahlung und Ausstellung online (OZG-Leistung).',
        departmentId: fb3,
        responsiblePerson: 'Jana Beispiel',
        status: 'in_progress',
        kind: 'legal_obligation',
        legalBasis: 'OZG § 1a',
        legalDeadline: '2026-12-31',
        fieldOfActionId: fields.find((f) => f.name === 'Digitale Bürgerservices')!.id,
        plannedStart: '2025-01-01',
        plannedEnd: '2030-12-31',
        actualStart: '2025-02-01',
        budgetPlanned: 48000.5,
        budgetSpent: 12000,
        fundingProgramme: 'Digitalisierungsoffensive NRW',
        fundingAmount: 20000,
        priority: 'high',
        public: true,
        assessments: assessAll({
          '1.2': supports('Medienbruchfrei.'),
          '3.1': supports('Einfacher Zugang.'),
        }),
        milestones: [
          {
            title: 'Fachverfahren angebunden',
            dueOn: '2025-06-30',
            doneOn: '2025-06-20',
            weight: 1,
          },
          { title: 'Bezahlfunktion', dueOn: '2025-12-31', weight: 3 },
        ],
        channels: [
          { channel: 'online', availableBefore: false, availableAfter: true },
          { channel: 'counter', availableBefore: true, availableAfter: true },
        ],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const m = measureSchema.parse(res.body);
      expect(m).toMatchObject({
        version: 1,
        title: 'Digitaler Bewohnerparkausweis',
        department: { id: fb3, code: 'FB 3' },
        responsiblePerson: 'Jana Beispiel',
        status: 'in_progress',
        kind: 'legal_obligation',
        legalDeadline: '2026-12-31',
        fieldOfAction: { name: 'Digitale Bürgerservices' },
        budgetPlanned: 48000.5,
        budgetSpent: 12000,
        fundingAmount: 20000,
        priority: 'high',
        public: true,
        createdBy: { name: 'Frieda Fachbereich' },
        codetermination: null,
      });
      expect(m.milestones.map((x) => [x.title, x.weight, x.position])).toEqual([
        ['Fachverfahren angebunden', 1, 1],
        ['Bezahlfunktion', 3, 2],
      ]);
      // Progress from the milestones: 1 of 4 weight done; the rule explains itself in German.
      expect(m.progress).toMatchObject({ value: 25, source: 'milestones' });
      expect(m.progress.explanation.message).toContain('Meilensteine: 1 von 2');
      expect(m.health.value).toBeNull(); // no report yet, planned end ahead
      expect(m.expectedProgress.value).toBeGreaterThan(0);
      expect(m.guardrailCheck).toEqual({ result: 'pass', reasons: [] });
      expect(m.assessments.map((a) => a.subGoalCode)).toEqual(SUB_GOAL_CODES);
      expect((await board.get<Measure>(`/api/measures/${m.id}`)).body).toEqual(m);
    });

    it('applies the defaults of the contract to a minimal body', async () => {
      const m = await createMeasure(board, { title: 'Minimal', departmentId: fb6 });
      expect(m).toMatchObject({
        status: 'planned',
        kind: 'voluntary',
        priority: 'medium',
        public: false,
        description: null,
        assessments: [],
        milestones: [],
        channels: [],
        progress: { value: 0, source: 'none' },
      });
    });

    it('PATCH changes the fields it carries, replaces the lists it carries, keeps the rest', async () => {
      const m = await createMeasure(fbl, {
        title: 'E-Rechnung',
        departmentId: fb3,
        description: 'Eingang elektronischer Rechnungen (XRechnung).',
        budgetPlanned: 5000,
        milestones: [{ title: 'Eins' }, { title: 'Zwei' }],
        channels: [{ channel: 'post', availableBefore: true, availableAfter: true }],
      });
      const res = await fbl.patch<Measure>(`/api/measures/${m.id}`, {
        version: 1,
        title: 'E-Rechnung (XRechnung)',
        budgetPlanned: null,
        milestones: [{ title: 'Nur noch einer', doneOn: '2025-01-10' }],
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        version: 2,
        title: 'E-Rechnung (XRechnung)',
        description: 'Eingang elektronischer Rechnungen (XRechnung).',
        budgetPlanned: null,
        channels: [{ channel: 'post', availableBefore: true, availableAfter: true }],
        progress: { value: 100, source: 'milestones' },
      });
      expect(res.body.milestones.map((x) => x.title)).toEqual(['Nur noch einer']);
    });

    it('planned end in the past without completion → health off_track, "hinter Plan"', async () => {
      const m = await createMeasure(board, {
        title: 'Überfällig',
        departmentId: fb6,
        status: 'in_progress',
        plannedStart: '2024-01-01',
        plannedEnd: '2024-12-31',
      });
      expect(m.health).toMatchObject({
        value: 'off_track',
        explanation: { code: 'PLANNED_END_PASSED' },
      });
      expect(m.expectedProgress.value).toBe(100);
      expect(m.behindPlan.value).toBe(true);
    });

    it('DELETE removes the measure and its collections; unknown ids are 404', async () => {
      const m = await createMeasure(board, {
        title: 'Zu löschen',
        departmentId: fb6,
        assessments: assessAll({ '4.1': supports() }),
        milestones: [{ title: 'M' }],
      });
      expect((await board.delete(`/api/measures/${m.id}`)).status).toBe(204);
      expect((await board.get(`/api/measures/${m.id}`)).status).toBe(404);
      const left: Array<{ n: number }> = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM measure_assessments WHERE measure_id = $1)
              + (SELECT count(*) FROM measure_milestones WHERE measure_id = $1) AS n`,
        [m.id],
      );
      expect(Number(left[0]!.n)).toBe(0);
      expect((await board.delete(`/api/measures/${m.id}`)).status).toBe(404);
      expect((await board.get('/api/measures/kein-uuid')).status).toBe(404);
      expect(
        (await board.patch('/api/measures/00000000-0000-4000-8000-000000000000', { version: 1 }))
          .status,
      ).toBe(404);
    });
  });

  describe('rights', () => {
    let own: Measure;
    let other: Measure;
    beforeAll(async () => {
      own = await createMeasure(board, { title: 'Im FB 3', departmentId: fb3 });
      other = await createMeasure(board, { title: 'Im FB 6', departmentId: fb6 });
    });

    it('nobody without a session', async () => {
      const anonymous = t.anonymous();
      expect((await anonymous.get('/api/measures')).status).toBe(401);
      expect((await anonymous.get(`/api/measures/${own.id}`)).status).toBe(401);
      expect((await anonymous.get('/api/fields-of-action')).status).toBe(401);
      expect(
        (await anonymous.post('/api/measures', { title: 'x', departmentId: fb3 })).status,
      ).toBe(401);
    });

    it('every internal role reads', async () => {
      for (const role of [
        'admin',
        'board',
        'department_head',
        'staff_council',
        'viewer',
      ] as const) {
        const client = await t.as(role);
        expect((await client.get(`/api/measures/${other.id}`)).status, role).toBe(200);
        expect((await client.get('/api/measures')).status, role).toBe(200);
        expect((await client.get(`/api/measures/${other.id}/guardrail-check`)).status, role).toBe(
          200,
        );
        expect((await client.get('/api/measures/coverage')).status, role).toBe(200);
        expect((await client.get('/api/fields-of-action')).status, role).toBe(200);
      }
    });

    it('viewers and the staff council change no measure', async () => {
      for (const role of ['viewer', 'staff_council'] as const) {
        const client = await t.as(role);
        const before = await countRows(t, 'measures');
        expect((await client.post('/api/measures', { title: 'x', departmentId: fb3 })).status).toBe(
          403,
        );
        expect(
          (await client.patch(`/api/measures/${own.id}`, { version: 1, title: 'x' })).status,
        ).toBe(403);
        expect((await client.delete(`/api/measures/${own.id}`)).status).toBe(403);
        expect(await countRows(t, 'measures')).toBe(before);
      }
      const viewer = await t.as('viewer');
      expect(
        (
          await viewer.put(`/api/measures/${own.id}/codetermination`, {
            version: 1,
            relevance: 'none',
          })
        ).status,
      ).toBe(403);
    });

    it('a department head changes only measures of their own department, also when moving one', async () => {
      const before = await countRows(t, 'measures');
      const create = await fbl.post('/api/measures', { title: 'Fremd', departmentId: fb6 });
      expect(create.status).toBe(403);
      expect(create.body).toMatchObject({
        code: 'FORBIDDEN',
        message: 'Sie können nur Einträge Ihres eigenen Fachbereichs ändern.',
      });
      expect(await countRows(t, 'measures')).toBe(before);
      expect(
        (await fbl.patch(`/api/measures/${other.id}`, { version: 1, title: 'x' })).status,
      ).toBe(403);
      expect((await fbl.delete(`/api/measures/${other.id}`)).status).toBe(403);
      // Moving an own measure away, or someone else's in: both departments must be theirs.
      expect(
        (await fbl.patch(`/api/measures/${own.id}`, { version: 1, departmentId: fb6 })).status,
      ).toBe(403);
      expect(
        (await fbl.patch(`/api/measures/${other.id}`, { version: 1, departmentId: fb3 })).status,
      ).toBe(403);
      expect((await board.get<Measure>(`/api/measures/${own.id}`)).body).toMatchObject({
        version: 1,
        departmentId: fb3,
      });
      expect(
        (await fbl.patch(`/api/measures/${own.id}`, { version: 1, title: 'Eigene' })).status,
      ).toBe(200);
    });

    it('the staff council records co-determination and its position on any measure', async () => {
      const council = await t.as('staff_council');
      const res = await council.put<Measure>(`/api/measures/${other.id}/codetermination`, {
        version: other.version,
        relevance: 'co_determination',
        legalBasis: '§ 72 Abs. 3 Nr. 1 LPVG NRW',
        informedOn: '2026-01-10',
        deadlineOn: '2026-02-10',
        pilot: true,
        agreementTitle: 'DV Mobiles Arbeiten',
        position: 'Zustimmung nur mit Evaluation nach 12 Monaten.',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.codetermination).toMatchObject({
        relevance: 'co_determination',
        deadlineOn: '2026-02-10',
        pilot: true,
        position: 'Zustimmung nur mit Evaluation nach 12 Monaten.',
        updatedBy: { name: 'Paul Personalrat' },
      });
      expect(res.body.version).toBe(other.version + 1);
      other = res.body;
    });

    it('editors keep the record up to date, but only the staff council changes its position', async () => {
      const mine = await createMeasure(fbl, { title: 'Mitbestimmung', departmentId: fb3 });
      const ok = await fbl.put<Measure>(`/api/measures/${mine.id}/codetermination`, {
        version: 1,
        relevance: 'to_check',
        informedOn: '2026-03-01',
      });
      expect(ok.status).toBe(200);
      const position = await fbl.put(`/api/measures/${mine.id}/codetermination`, {
        version: 2,
        relevance: 'to_check',
        position: 'Das schreibt der Fachbereich',
      });
      expect(position.status).toBe(403);
      expect(position.body).toMatchObject({ code: 'POSITION_STAFF_COUNCIL_ONLY' });
      const foreign = await fbl.put(`/api/measures/${other.id}/codetermination`, {
        version: other.version,
        relevance: 'none',
      });
      expect(foreign.status).toBe(403);
      // The board may update the record when it keeps the staff council's position as it is.
      const boardUpdate = await board.put<Measure>(`/api/measures/${other.id}/codetermination`, {
        version: other.version,
        relevance: 'co_determination',
        result: 'consent',
        decidedOn: '2026-02-01',
        position: other.codetermination!.position,
      });
      expect(boardUpdate.status).toBe(200);
    });
  });

  describe('audit and history', () => {
    it('audits every change of a measure inside its transaction, with before and after', async () => {
      const m = await createMeasure(fbl, {
        title: 'Audit',
        departmentId: fb3,
        assessments: assessAll({ '1.1': supports(), '2.1': conflicts() }),
      });
      const updated = (
        await fbl.patch<Measure>(`/api/measures/${m.id}`, { version: 1, title: 'Audit 2' })
      ).body;
      const council = await t.as('staff_council');
      const cd = (
        await council.put<Measure>(`/api/measures/${m.id}/codetermination`, {
          version: updated.version,
          relevance: 'information',
        })
      ).body;
      await board.post(`/api/measures/${m.id}/assessments/2.1/exception`, {
        decision: 'accepted',
        reason: 'Begründet',
      });
      expect(
        (await fbl.patch(`/api/measures/${m.id}`, { version: 1, title: 'stale' })).status,
      ).toBe(409);
      expect((await board.delete(`/api/measures/${m.id}`)).status).toBe(204);

      const rows: Array<{
        action: string;
        actor_name: string;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
        request_id: string | null;
      }> = await t.dataSource.query(
        `SELECT action, actor_name, before, after, request_id FROM audit_log
          WHERE entity = 'measure' AND entity_id = $1 ORDER BY id`,
        [m.id],
      );
      expect(rows.map((r) => [r.action, r.actor_name])).toEqual([
        ['create', 'Frieda Fachbereich (department_head)'],
        ['update', 'Frieda Fachbereich (department_head)'],
        ['codetermination', 'Paul Personalrat (staff_council)'],
        ['exception_decision', 'Dr. Volker Vorstand (board)'],
        ['delete', 'Dr. Volker Vorstand (board)'],
      ]);
      expect(rows[0]!.before).toBeNull();
      expect(rows[0]!.after).toMatchObject({ title: 'Audit', version: 1, guardrailResult: 'fail' });
      expect(rows[1]!.before).toMatchObject({ title: 'Audit' });
      expect(rows[1]!.after).toMatchObject({ title: 'Audit 2', version: 2 });
      expect(rows[2]!.after).toMatchObject({ codetermination: { relevance: 'information' } });
      expect(rows[3]!.after).toMatchObject({ guardrailResult: 'warn', version: cd.version + 1 });
      expect(rows[4]!.after).toBeNull();
      expect(rows.every((r) => typeof r.request_id === 'string')).toBe(true);
    });

    it('writes one revision per write, the whole aggregate, and keeps it after deletion', async () => {
      const m = await createMeasure(fbl, {
        title: 'Historie',
        departmentId: fb3,
        plannedStart: '2026-01-01',
        plannedEnd: '2026-06-30',
        assessments: assessAll({ '1.3': supports() }),
        milestones: [{ title: 'A', weight: 2, dueOn: '2026-03-01' }],
        channels: [{ channel: 'counter', availableBefore: true, availableAfter: true }],
      });
      await fbl.patch(`/api/measures/${m.id}`, { version: 1, status: 'in_progress', public: true });
      await board.put(`/api/measures/${m.id}/codetermination`, {
        version: 2,
        relevance: 'hearing',
      });
      await board.delete(`/api/measures/${m.id}`);

      // valid_from as text: microseconds, which a JS Date would cut off
      const revisions: Array<{
        revision: number;
        valid_from: string;
        snapshot: Record<string, unknown>;
      }> = await t.dataSource.query(
        'SELECT revision, valid_from::text, snapshot FROM measure_revisions WHERE measure_id = $1 ORDER BY revision',
        [m.id],
      );
      expect(revisions.map((r) => r.revision)).toEqual([1, 2, 3, 4]);
      expect(revisions[0]!.snapshot).toEqual({
        deleted: false,
        title: 'Historie',
        status: 'planned',
        kind: 'voluntary',
        priority: 'medium',
        departmentId: fb3,
        fieldOfActionId: null,
        plannedStart: '2026-01-01',
        plannedEnd: '2026-06-30',
        actualStart: null,
        actualEnd: null,
        legalDeadline: null,
        public: false,
        guardrailResult: 'pass',
        assessments: m.assessments.map((a) => ({
          subGoalId: a.subGoalId,
          subGoalCode: a.subGoalCode,
          rating: a.rating,
          exceptionStatus: 'none',
        })),
        milestones: [{ weight: 2, dueOn: '2026-03-01', doneOn: null }],
        channels: [{ channel: 'counter', availableBefore: true, availableAfter: true }],
        codetermination: null,
      });
      expect(revisions[1]!.snapshot).toMatchObject({ status: 'in_progress', public: true });
      expect(revisions[2]!.snapshot).toMatchObject({
        codetermination: { relevance: 'hearing', result: null },
      });
      expect(revisions[3]!.snapshot).toMatchObject({ deleted: true, status: 'in_progress' });

      // "As of" a moment: the latest revision per measure at or before it, in one query.
      const asOf = async (instant: string) =>
        (await t.dataSource.query(
          `SELECT DISTINCT ON (measure_id) measure_id, revision, snapshot
             FROM measure_revisions WHERE valid_from <= $1::timestamptz AND measure_id = $2
            ORDER BY measure_id, valid_from DESC, revision DESC`,
          [instant, m.id],
        )) as Array<{ revision: number }>;
      const before: Array<{ t: string }> = await t.dataSource.query(
        `SELECT ($1::timestamptz - interval '1 microsecond')::text AS t`,
        [revisions[0]!.valid_from],
      );
      expect(await asOf(before[0]!.t)).toEqual([]);
      expect((await asOf(revisions[1]!.valid_from))[0]!.revision).toBe(2);
      expect((await asOf(new Date().toISOString()))[0]!.revision).toBe(4);
    });

    it('the history is append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
      await expect(
        t.dataSource.query(`UPDATE measure_revisions SET revision = 99`),
      ).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query('DELETE FROM measure_revisions')).rejects.toThrow(
        /append-only/,
      );
      await expect(t.dataSource.query('TRUNCATE measure_revisions')).rejects.toThrow(/append-only/);
    });
  });

  describe('list: filters, search, sorting, paging', () => {
    let ids: Record<string, string>;
    let client: HttpClient;

    beforeAll(async () => {
      // A database of its own, so counts are exact.
      await t.close();
      t = await startTestApp();
      board = await t.as('board');
      client = await t.as('viewer');
      fb3 = await departmentId(t, 'FB 3');
      fb6 = await departmentId(t, 'FB 6');
      const fields = (await board.get<FieldOfAction[]>('/api/fields-of-action')).body;
      const field = (name: string) => fields.find((f) => f.name === name)!.id;
      const specs = [
        {
          key: 'wohnsitz',
          title: 'Online-Wohnsitzanmeldung',
          description: 'OZG-Leistung mit Online-Ausweisfunktion',
          departmentId: fb3,
          status: 'in_progress' as const,
          kind: 'legal_obligation' as const,
          legalBasis: 'OZG',
          public: true,
          plannedStart: '2025-01-01',
          plannedEnd: '2035-12-31',
          fieldOfActionId: field('Digitale Bürgerservices'),
          assessments: assessAll({ '3.1': supports(), '1.2': supports() }),
          milestones: [{ title: 'a', doneOn: '2025-02-01' }, { title: 'b' }],
        },
        {
          key: 'bauantrag',
          title: 'Digitaler Bauantrag',
          description: 'Bauantrag online einreichen (100% digital)',
          departmentId: fb6,
          status: 'planned' as const,
          plannedStart: '2026-01-01',
          plannedEnd: '2034-06-30',
          fieldOfActionId: field('Digitale Bürgerservices'),
          assessments: assessAll({ '3.1': supports(), '3.2': conflicts() }),
        },
        {
          key: 'recruiting',
          title: 'Bewerbermanagement',
          departmentId: fb6,
          status: 'completed' as const,
          fieldOfActionId: field('Personalgewinnung'),
          assessments: assessAll({ '2.2': supports() }),
        },
        {
          key: 'akte',
          title: 'E-Akte',
          description: 'Einführung der elektronischen Akte',
          departmentId: fb3,
          status: 'in_progress' as const,
          plannedStart: '2023-01-01',
          plannedEnd: '2024-12-31',
          assessments: assessAll({ '1.1': supports(), '4.1': null }),
        },
        { key: 'leer', title: 'Ohne Bewertung', departmentId: fb6, status: 'cancelled' as const },
      ];
      ids = {};
      for (const { key, ...body } of specs) ids[key] = (await createMeasure(board, body)).id;
      await board.put(`/api/measures/${ids.akte}/codetermination`, {
        version: 1,
        relevance: 'co_determination',
      });
      await board.put(`/api/measures/${ids.recruiting}/codetermination`, {
        version: 1,
        relevance: 'hearing',
      });
    });

    async function list(query: string): Promise<MeasurePage> {
      const res = await client.get<MeasurePage>(`/api/measures?${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return measurePageSchema.parse(res.body);
    }
    const keysOf = (page: MeasurePage) =>
      page.items.map((i) => Object.entries(ids).find(([, id]) => id === i.id)![0]);

    it('pages with the total, newest change first by default, without descriptions', async () => {
      const first = await list('pageSize=2');
      expect(first.total).toBe(5);
      expect(first.items).toHaveLength(2);
      expect(keysOf(first)).toEqual(['recruiting', 'akte']); // changed last by the PUTs
      expect('description' in first.items[0]!).toBe(false);
      const third = await list('pageSize=2&page=3');
      expect(third.items).toHaveLength(1);
      expect((await list('pageSize=2&page=9')).items).toEqual([]);
      expect((await list('pageSize=2&page=9')).total).toBe(5);
    });

    it('sorts by title, status, department, planned end and progress', async () => {
      // "Ohne Bewertung" < "Online-Wohnsitzanmeldung"
      expect(keysOf(await list('sort=title'))).toEqual([
        'recruiting',
        'bauantrag',
        'akte',
        'leer',
        'wohnsitz',
      ]);
      expect(keysOf(await list('sort=title&order=desc'))).toEqual([
        'wohnsitz',
        'leer',
        'akte',
        'bauantrag',
        'recruiting',
      ]);
      expect(keysOf(await list('sort=status'))).toEqual([
        'bauantrag',
        'akte',
        'wohnsitz',
        'recruiting',
        'leer',
      ]);
      expect(keysOf(await list('sort=department'))).toEqual([
        'akte',
        'wohnsitz',
        'recruiting',
        'bauantrag',
        'leer',
      ]);
      expect(keysOf(await list('sort=plannedEnd'))).toEqual([
        'akte',
        'bauantrag',
        'wohnsitz',
        'recruiting',
        'leer',
      ]);
      const byProgress = await list('sort=progress');
      expect(keysOf(byProgress).slice(0, 2)).toEqual(['recruiting', 'wohnsitz']); // 100 %, 50 %
      expect(byProgress.items.map((i) => i.progress.value)).toEqual([100, 50, 0, 0, 0]);
    });

    it('searches title and description, case-insensitive, taking % literally', async () => {
      expect(keysOf(await list('q=bauantrag'))).toEqual(['bauantrag']);
      expect(keysOf(await list('q=AUSWEISFUNKTION'))).toEqual(['wohnsitz']);
      expect(keysOf(await list('q=100%25'))).toEqual(['bauantrag']);
      expect(keysOf(await list('q=%25'))).toEqual(['bauantrag']);
      expect((await list('q=gibtsnicht')).total).toBe(0);
    });

    it('filters by department, status, kind, public, field of action', async () => {
      expect(keysOf(await list(`department=${fb3}&sort=title`))).toEqual(['akte', 'wohnsitz']);
      expect(keysOf(await list('status=in_progress,planned&sort=title'))).toEqual([
        'bauantrag',
        'akte',
        'wohnsitz',
      ]);
      expect(keysOf(await list('status=planned&status=completed&sort=title'))).toEqual([
        'recruiting',
        'bauantrag',
      ]);
      expect(keysOf(await list('kind=legal_obligation'))).toEqual(['wohnsitz']);
      expect(keysOf(await list('public=true'))).toEqual(['wohnsitz']);
      expect((await list('public=false')).total).toBe(4);
      const fields = (await client.get<FieldOfAction[]>('/api/fields-of-action')).body;
      const recruiting = fields.find((f) => f.name === 'Personalgewinnung')!.id;
      expect(keysOf(await list(`fieldOfAction=${recruiting}`))).toEqual(['recruiting']);
      expect((await list('department=not-a-uuid')).total).toBe(0);
    });

    it('filters by goal and sub-goal: measures that support them', async () => {
      expect(keysOf(await list('subGoal=3.1&sort=title'))).toEqual(['bauantrag', 'wohnsitz']);
      expect(keysOf(await list('subGoal=3.2'))).toEqual([]); // a conflict is no support
      expect(keysOf(await list('goal=2'))).toEqual(['recruiting']);
      expect(keysOf(await list('goal=1&sort=title'))).toEqual(['akte', 'wohnsitz']);
      expect(keysOf(await list('goal=1,2&subGoal=1.1'))).toEqual(['akte']);
    });

    it('filters by guardrail check and health (computed with the shared rules)', async () => {
      expect(keysOf(await list('check=pass&sort=title'))).toEqual(['recruiting', 'wohnsitz']);
      expect(keysOf(await list('check=fail&sort=title'))).toEqual(['bauantrag', 'leer']);
      expect(keysOf(await list('check=warn'))).toEqual(['akte']);
      const offTrack = await list('health=off_track');
      expect(keysOf(offTrack)).toEqual(['akte']);
      expect(offTrack.items[0]!.health.value).toBe('off_track');
      expect((await list('health=unknown')).total).toBe(4);
      expect(keysOf(await list('health=off_track,unknown&check=fail&sort=title'))).toEqual([
        'bauantrag',
        'leer',
      ]);
      expect(keysOf(await list('health=off_track,unknown&check=warn,pass&sort=title'))).toEqual([
        'recruiting',
        'akte',
        'wohnsitz',
      ]);
      expect((await list('health=on_track')).total).toBe(0);
      const paged = await list('health=unknown&sort=title&pageSize=3&page=2');
      expect(paged.total).toBe(4);
      expect(keysOf(paged)).toEqual(['wohnsitz']);
    });

    it('filters by co-determination', async () => {
      expect(keysOf(await list('codetermination=relevant&sort=title'))).toEqual([
        'recruiting',
        'akte',
      ]);
      expect(keysOf(await list('codetermination=needs_consent'))).toEqual(['akte']);
      expect(keysOf(await list('codetermination=open'))).toEqual(['akte']);
    });

    it('coverage: sub-goals without a supporting measure that is not cancelled', async () => {
      const res = await client.get<Coverage>('/api/measures/coverage');
      const coverage = coverageSchema.parse(res.body);
      expect(coverage.uncovered).toEqual(['1.3', '1.4', '2.1', '3.2', '3.3', '4.1']);
      expect(coverage.subGoals.find((s) => s.code === '3.1')).toMatchObject({
        supportingMeasures: 2,
        covered: true,
        goalNumber: 3,
      });
    });

    it('runs a constant number of queries whatever the page size', async () => {
      for (let i = 0; i < 20; i += 1) {
        await createMeasure(board, {
          title: `Masse ${i}`,
          departmentId: fb6,
          assessments: assessAll({ '1.4': supports() }),
          milestones: [{ title: 'x' }],
          channels: [{ channel: 'online', availableBefore: false, availableAfter: true }],
        });
      }
      // Every read of the list goes through DataSource.query (the strategy through its repository).
      const counted = async (query: string) => {
        const spy = vi.spyOn(t.dataSource, 'query');
        try {
          await list(query);
          return spy.mock.calls.length;
        } finally {
          spy.mockRestore();
        }
      };
      const small = await counted('pageSize=2');
      const large = await counted('pageSize=25');
      expect(large).toBe(small);
      const smallHealth = await counted('pageSize=2&health=unknown');
      const largeHealth = await counted('pageSize=25&health=unknown');
      expect(largeHealth).toBe(smallHealth);
      expect(small).toBeLessThanOrEqual(8); // session, ids, five collections
      expect(smallHealth).toBeLessThanOrEqual(9);
    });
  });

  describe('fields of action and the OpenAPI document', () => {
    it('lists the seeded fields of action', async () => {
      const res = await (await t.as('viewer')).get<FieldOfAction[]>('/api/fields-of-action');
      const list = res.body.map((f) => fieldOfActionSchema.parse(f));
      expect(list.map((f) => f.name)).toEqual([
        'Digitale Bürgerservices',
        'Digitaler Arbeitsplatz',
        'IT-Infrastruktur',
        'Personalgewinnung',
        'Prozessmanagement',
        'Transparenz und Beteiligung',
      ]);
    });

    it('documents the measure endpoints', async () => {
      const res = await t.anonymous().get<{ paths: Record<string, unknown> }>('/api/docs-json');
      for (const path of [
        '/api/measures',
        '/api/measures/{id}',
        '/api/measures/{id}/guardrail-check',
        '/api/measures/{id}/codetermination',
        '/api/measures/{id}/assessments/{code}/exception',
        '/api/measures/coverage',
        '/api/fields-of-action',
      ]) {
        expect(Object.keys(res.body.paths)).toContain(path);
      }
      expect(JSON.stringify(res.body)).toContain('Bei PATCH ersetzt die Liste alle Meilensteine');
    });
  });
});
