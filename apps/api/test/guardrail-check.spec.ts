import type { CreateMeasureInput, GuardrailCheck, Measure, MeasurePage } from '@leitplanken/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';
import type { HttpClient } from './support/http.js';
import {
  assessAll,
  conflicts,
  createMeasure,
  departmentId,
  SUB_GOAL_CODES,
  supports,
} from './support/measures.js';

/** `CODE` or `CODE@subGoal`, in the order the API reports them. */
const summary = (check: GuardrailCheck) =>
  check.reasons.map((r) => (r.subGoalCode ? `${r.code}@${r.subGoalCode}` : r.code));

/**
 * The Leitplanken-Check through the HTTP API: every rule of PRODUCT.md and of issue 4 with an
 * example — pass, each cause of warn, each cause of fail — and the way a measure gets from fail
 * to pass. The rule itself lives in packages/shared; these tests prove the API feeds it right.
 */
describe('guardrail check (Leitplanken-Check) through the API', () => {
  let t: TestApp;
  let board: HttpClient;
  let fb3: string;

  beforeAll(async () => {
    t = await startTestApp();
    board = await t.as('board');
    fb3 = await departmentId(t, 'FB 3');
  });
  afterAll(() => t.close());

  async function measure(body: Partial<CreateMeasureInput>): Promise<Measure> {
    return createMeasure(board, { title: 'Leitplanken-Test', departmentId: fb3, ...body });
  }

  /** The check in the measure, from /guardrail-check and from the list filter all agree. */
  async function expectCheck(m: Measure, result: GuardrailCheck['result'], reasons: string[]) {
    expect(m.guardrailCheck.result).toBe(result);
    expect(summary(m.guardrailCheck)).toEqual(reasons);
    const own = await board.get<GuardrailCheck>(`/api/measures/${m.id}/guardrail-check`);
    expect(own.status).toBe(200);
    expect(own.body).toEqual(m.guardrailCheck);
    const listed = await board.get<MeasurePage>(`/api/measures?check=${result}&pageSize=500`);
    expect(listed.body.items.map((i) => i.id)).toContain(m.id);
  }

  async function decide(
    m: Measure,
    code: string,
    decision: 'accepted' | 'rejected',
    reason: string,
  ) {
    const res = await board.post<Measure>(`/api/measures/${m.id}/assessments/${code}/exception`, {
      decision,
      reason,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  describe('pass', () => {
    it('all ten sub-goals assessed, one supported, no conflict → pass without reasons', async () => {
      const m = await measure({ assessments: assessAll({ '1.2': supports() }) });
      await expectCheck(m, 'pass', []);
    });

    it('an analog channel kept and online added is fine', async () => {
      const m = await measure({
        assessments: assessAll({ '3.1': supports(), '3.3': supports() }),
        channels: [
          { channel: 'online', availableBefore: false, availableAfter: true },
          { channel: 'counter', availableBefore: true, availableAfter: true },
          { channel: 'post', availableBefore: false, availableAfter: false },
        ],
      });
      await expectCheck(m, 'pass', []);
    });
  });

  describe('warn', () => {
    it('NOT_ASSESSED: a sub-goal without assessment', async () => {
      const m = await measure({ assessments: assessAll({ '1.1': supports(), '4.1': null }) });
      await expectCheck(m, 'warn', ['NOT_ASSESSED@4.1']);
      expect(m.guardrailCheck.reasons[0]!.message).toBe('Teilziel 4.1 ist noch nicht bewertet.');
    });

    it('ACCEPTED_EXCEPTION: a conflict the board accepted, with its reason', async () => {
      const m = await measure({
        assessments: assessAll({ '1.1': supports(), '2.1': conflicts('Mehr Präsenz nötig.') }),
      });
      const decided = await decide(m, '2.1', 'accepted', 'Übergangsweise vertretbar');
      await expectCheck(decided, 'warn', ['ACCEPTED_EXCEPTION@2.1']);
      expect(decided.guardrailCheck.reasons[0]!.message).toBe(
        'Konflikt mit Teilziel 2.1 als Ausnahme akzeptiert: „Übergangsweise vertretbar“.',
      );
      const assessment = decided.assessments.find((a) => a.subGoalCode === '2.1')!;
      expect(assessment.exception).toMatchObject({
        status: 'accepted',
        reason: 'Übergangsweise vertretbar',
        decidedBy: { name: 'Dr. Volker Vorstand' },
      });
    });

    it('CODETERMINATION_CONSENT_MISSING: in progress, needs consent, has none; consent clears it', async () => {
      const m = await measure({
        status: 'in_progress',
        assessments: assessAll({ '2.1': supports() }),
      });
      await expectCheck(m, 'pass', []);
      const council = await t.as('staff_council');
      const pending = await council.put<Measure>(`/api/measures/${m.id}/codetermination`, {
        version: m.version,
        relevance: 'co_determination',
        consentRequestedOn: '2026-01-15',
      });
      expect(pending.status).toBe(200);
      await expectCheck(pending.body, 'warn', ['CODETERMINATION_CONSENT_MISSING']);
      expect(pending.body.guardrailCheck.reasons[0]!.message).toContain('LPVG NRW § 72');

      const refused = await council.put<Measure>(`/api/measures/${m.id}/codetermination`, {
        version: pending.body.version,
        relevance: 'co_determination',
        result: 'refused',
      });
      await expectCheck(refused.body, 'warn', ['CODETERMINATION_CONSENT_MISSING']);

      const consent = await council.put<Measure>(`/api/measures/${m.id}/codetermination`, {
        version: refused.body.version,
        relevance: 'co_determination',
        result: 'consent_with_conditions',
        decidedOn: '2026-02-01',
      });
      await expectCheck(consent.body, 'pass', []);
    });

    it('a measure needing consent is no warning while it is only planned', async () => {
      const m = await measure({ assessments: assessAll({ '2.1': supports() }) });
      const res = await board.put<Measure>(`/api/measures/${m.id}/codetermination`, {
        version: m.version,
        relevance: 'co_determination',
      });
      await expectCheck(res.body, 'pass', []);
      const started = await board.patch<Measure>(`/api/measures/${m.id}`, {
        version: res.body.version,
        status: 'in_progress',
      });
      await expectCheck(started.body, 'warn', ['CODETERMINATION_CONSENT_MISSING']);
    });
  });

  describe('fail', () => {
    it('NO_SUPPORT: everything neutral', async () => {
      const m = await measure({ assessments: assessAll() });
      await expectCheck(m, 'fail', ['NO_SUPPORT']);
      expect(m.guardrailCheck.reasons[0]!.message).toBe(
        'Die Maßnahme unterstützt kein Teilziel der Strategie.',
      );
    });

    it('NO_SUPPORT and every NOT_ASSESSED: a measure without any assessment', async () => {
      const m = await measure({});
      await expectCheck(m, 'fail', [
        'NO_SUPPORT',
        ...SUB_GOAL_CODES.map((c) => `NOT_ASSESSED@${c}`),
      ]);
    });

    it('CONFLICT: not decided, requested, or rejected by the board', async () => {
      const m = await measure({
        assessments: assessAll({
          '1.1': supports(),
          '2.1': { ...conflicts(), requestException: true },
        }),
      });
      expect(m.assessments.find((a) => a.subGoalCode === '2.1')!.exception.status).toBe(
        'requested',
      );
      await expectCheck(m, 'fail', ['CONFLICT@2.1']);
      expect(m.guardrailCheck.reasons[0]!.message).toBe(
        'Konflikt mit Teilziel 2.1, nicht als Ausnahme akzeptiert.',
      );
      const rejected = await decide(m, '2.1', 'rejected', 'Nicht vertretbar');
      await expectCheck(rejected, 'fail', ['CONFLICT@2.1']);
    });

    it('ANALOG_CHANNEL_REMOVED: counter and post go away → conflict with 3.2', async () => {
      const m = await measure({
        assessments: assessAll({ '3.1': supports() }),
        channels: [
          { channel: 'online', availableBefore: false, availableAfter: true },
          { channel: 'counter', availableBefore: true, availableAfter: false },
          { channel: 'post', availableBefore: true, availableAfter: false },
          { channel: 'phone', availableBefore: true, availableAfter: true },
        ],
      });
      await expectCheck(m, 'fail', ['ANALOG_CHANNEL_REMOVED@3.2']);
      expect(m.guardrailCheck.reasons[0]).toMatchObject({
        channels: ['counter', 'post'],
        message:
          'Analoger Zugang entfällt (Schalter/Bürgerbüro und Post/Brief): Konflikt mit Teilziel 3.2 „bleibt auch analog offen“ ohne akzeptierte Ausnahme.',
      });
    });

    it('a removed analog channel passes only as an accepted exception on 3.2', async () => {
      const m = await measure({
        assessments: assessAll({
          '3.1': supports(),
          '3.2': conflicts('Schalter entfällt, Terminservice per Telefon bleibt.'),
        }),
        channels: [{ channel: 'counter', availableBefore: true, availableAfter: false }],
      });
      await expectCheck(m, 'fail', ['CONFLICT@3.2', 'ANALOG_CHANNEL_REMOVED@3.2']);
      const accepted = await decide(
        m,
        '3.2',
        'accepted',
        'Telefonischer Service ersetzt den Schalter',
      );
      await expectCheck(accepted, 'warn', ['ACCEPTED_EXCEPTION@3.2']);
    });

    it('fail reasons come before warn reasons', async () => {
      const m = await measure({
        assessments: assessAll({ '1.1': supports(), '1.3': conflicts(), '4.1': null }),
      });
      await expectCheck(m, 'fail', ['CONFLICT@1.3', 'NOT_ASSESSED@4.1']);
    });
  });

  describe('from fail to pass', () => {
    it('assessing a measure without assessments turns fail into pass', async () => {
      const m = await measure({});
      expect(m.guardrailCheck.result).toBe('fail');
      const res = await board.patch<Measure>(`/api/measures/${m.id}`, {
        version: m.version,
        assessments: assessAll({ '3.1': supports('Online-Antrag rund um die Uhr.') }),
      });
      expect(res.status).toBe(200);
      await expectCheck(res.body, 'pass', []);
    });

    it('an accepted exception lasts while the conflict and its justification stay, and resets otherwise', async () => {
      const m = await measure({
        assessments: assessAll({ '1.1': supports(), '2.2': conflicts('Kein Recruiting-Bezug.') }),
      });
      const accepted = await decide(m, '2.2', 'accepted', 'Vorstandsbeschluss vom 03.03.');
      // Another sub-goal changes; the conflict stays as it was → still accepted.
      const kept = await board.patch<Measure>(`/api/measures/${m.id}`, {
        version: accepted.version,
        assessments: assessAll({
          '1.1': supports(),
          '1.2': supports(),
          '2.2': conflicts('Kein Recruiting-Bezug.'),
        }),
      });
      await expectCheck(kept.body, 'warn', ['ACCEPTED_EXCEPTION@2.2']);
      // The justification changes → the board has to decide again.
      const changed = await board.patch<Measure>(`/api/measures/${m.id}`, {
        version: kept.body.version,
        assessments: assessAll({ '1.1': supports(), '2.2': conflicts('Neue Begründung.') }),
      });
      await expectCheck(changed.body, 'fail', ['CONFLICT@2.2']);
      expect(changed.body.assessments.find((a) => a.subGoalCode === '2.2')!.exception).toEqual({
        status: 'none',
        reason: null,
        decidedBy: null,
        decidedAt: null,
      });
    });
  });

  describe('exception decisions', () => {
    it('only for conflicts, only for assessed sub-goals, only by the board or admins', async () => {
      const m = await measure({
        assessments: assessAll({ '1.1': supports(), '2.1': conflicts() }),
      });
      const neutral = await board.post(`/api/measures/${m.id}/assessments/1.2/exception`, {
        decision: 'accepted',
        reason: 'x',
      });
      expect(neutral.status).toBe(400);
      expect(neutral.body).toMatchObject({ code: 'EXCEPTION_NOT_A_CONFLICT' });

      const partial = await measure({ assessments: [{ subGoalCode: '1.1', ...supports() }] });
      const missing = await board.post(`/api/measures/${partial.id}/assessments/2.1/exception`, {
        decision: 'accepted',
        reason: 'x',
      });
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ code: 'ASSESSMENT_NOT_FOUND' });

      for (const role of ['department_head', 'staff_council', 'viewer'] as const) {
        const res = await (
          await t.as(role)
        ).post(`/api/measures/${m.id}/assessments/2.1/exception`, {
          decision: 'accepted',
          reason: 'x',
        });
        expect(res.status, role).toBe(403);
      }
      const noReason = await board.post(`/api/measures/${m.id}/assessments/2.1/exception`, {
        decision: 'accepted',
        reason: ' ',
      });
      expect(noReason.status).toBe(400);
      expect(noReason.body).toMatchObject({
        fields: [{ field: 'reason', message: 'Bitte ausfüllen.' }],
      });

      const stale = await board.post(`/api/measures/${m.id}/assessments/2.1/exception`, {
        decision: 'accepted',
        reason: 'x',
        version: m.version + 5,
      });
      expect(stale.status).toBe(409);
      const admin = await (
        await t.as('admin')
      ).post<Measure>(`/api/measures/${m.id}/assessments/2.1/exception`, {
        decision: 'accepted',
        reason: 'Admin entscheidet für den Vorstand',
      });
      expect(admin.status).toBe(200);
      expect(admin.body.guardrailCheck.result).toBe('warn');
    });
  });
});
