import {
  measureStatusSchema,
  supportedSubGoalCodes,
  uncoveredSubGoals,
  CONSENT_RESULTS,
  type Coverage,
  type FieldError,
  type GuardrailCheck,
  type Measure,
  type MeasurePage,
  type MeasureQuery,
  type Rating,
  type MeasureStatus,
} from '@leitplanken/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CommonException } from '../../common/errors/common.errors.js';
import { StrategyService } from '../strategy/strategy.service.js';
import {
  day,
  loadAggregates,
  loadMilestones,
  type MeasureAggregate,
  type MilestoneState,
} from './measure-aggregate.js';
import { MeasureFiguresService, type GuardrailInput } from './measure-figures.service.js';
import { toListItem, toMeasure } from './measure.mapper.js';
import { activeSubGoals, isUuid, type ActiveSubGoal } from './measure-references.js';
import { MeasureException } from './measures.errors.js';

export function guardrailInputOf(m: MeasureAggregate): GuardrailInput {
  return {
    status: m.fields.status,
    assessments: m.assessments,
    channels: m.channels,
    codetermination: m.codetermination,
  };
}

/** Positional parameters for hand-written SQL. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** `%term%` for ILIKE, with the user's own % and _ taken literally. */
function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const DEFAULT_DIRECTION: Record<MeasureQuery['sort'], 'asc' | 'desc'> = {
  title: 'asc',
  plannedEnd: 'asc',
  status: 'asc',
  department: 'asc',
  updatedAt: 'desc',
  progress: 'desc',
};

function orderBy(sort: MeasureQuery['sort'], direction: 'asc' | 'desc', params: Params): string {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  switch (sort) {
    case 'title':
      return `m.title ${dir}, m.id`;
    case 'plannedEnd':
      return `m.planned_end ${dir} NULLS LAST, m.title, m.id`;
    case 'status':
      // Lifecycle order of the shared enum, not the alphabet.
      return `array_position(${params.add(measureStatusSchema.options)}::text[], m.status) ${dir}, m.title, m.id`;
    case 'department':
      return `d.code ${dir}, m.title, m.id`;
    case 'updatedAt':
      return `m.updated_at ${dir}, m.id`;
    case 'progress':
      // Computed after loading (see list); the database delivers a stable base order.
      return 'm.title, m.id';
  }
}

/**
 * Reading measures: one measure, the filtered, sorted and paged list, the guardrail check and
 * the coverage of the guardrails. Query count is constant whatever the page size (no N+1).
 */
@Injectable()
export class MeasureQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly figures: MeasureFiguresService,
    private readonly strategies: StrategyService,
  ) {}

  async activeSubGoals(): Promise<ActiveSubGoal[]> {
    return activeSubGoals(await this.strategies.getActive());
  }

  /** Aggregates → API measures with the figures as of today. */
  async present(
    em: EntityManager,
    aggregates: readonly MeasureAggregate[],
    subGoals: readonly ActiveSubGoal[],
  ): Promise<Measure[]> {
    const asOf = this.figures.today();
    const reports = await this.figures.reportsOf(
      em,
      aggregates.map((a) => a.id),
    );
    const codes = subGoals.map((s) => s.code);
    return aggregates.map((a) =>
      toMeasure(
        a,
        this.figures.schedule(
          { ...a.fields, milestones: a.milestones },
          reports.get(a.id) ?? [],
          asOf,
        ),
        this.figures.guardrail(guardrailInputOf(a), codes),
      ),
    );
  }

  async load(em: EntityManager, id: string): Promise<MeasureAggregate> {
    const [aggregate] = isUuid(id) ? await loadAggregates(em, [id]) : [];
    if (!aggregate) throw new MeasureException('MEASURE_NOT_FOUND');
    return aggregate;
  }

  async get(id: string): Promise<Measure> {
    const em = this.dataSource.manager;
    const [aggregate, subGoals] = await Promise.all([this.load(em, id), this.activeSubGoals()]);
    const [measure] = await this.present(em, [aggregate], subGoals);
    return measure!;
  }

  async guardrailCheck(id: string): Promise<GuardrailCheck> {
    const [aggregate, subGoals] = await Promise.all([
      this.load(this.dataSource.manager, id),
      this.activeSubGoals(),
    ]);
    return this.figures.guardrail(
      guardrailInputOf(aggregate),
      subGoals.map((s) => s.code),
    );
  }

  /**
   * The list. Stored columns (including the cached guardrail result) are filtered, sorted and
   * paged in SQL. Health and progress depend on the date (and, from issue 5, on reports), so a
   * health filter or the progress sort loads the candidates' few inputs (status, dates,
   * milestones, reports) in one query each, computes the figures with the shared rules, and
   * pages afterwards. Either way the number of queries does not grow with the data.
   */
  async list(query: MeasureQuery): Promise<MeasurePage> {
    const em = this.dataSource.manager;
    const subGoals = await this.activeSubGoals();
    const params = new Params();
    const where = this.conditions(query, subGoals, params);
    const whereValues = [...params.values];
    const direction = query.order ?? DEFAULT_DIRECTION[query.sort];
    const order = orderBy(query.sort, direction, params);
    // Joins only where a filter or the sort needs them.
    const joins = [
      query.sort === 'department' ? 'JOIN departments d ON d.id = m.department_id' : '',
      query.codetermination ? 'LEFT JOIN measure_codetermination c ON c.measure_id = m.id' : '',
    ].join(' ');
    const from = `FROM measures m ${joins} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const offset = (query.page - 1) * query.pageSize;

    let ids: string[];
    let total: number;
    if (query.health === undefined && query.sort !== 'progress') {
      const limit = params.add(query.pageSize);
      const skip = params.add(offset);
      const [rows, count] = await Promise.all([
        em.query(
          `SELECT m.id ${from} ORDER BY ${order} LIMIT ${limit} OFFSET ${skip}`,
          params.values,
        ) as Promise<Array<{ id: string }>>,
        em.query(`SELECT count(*)::int AS n ${from}`, whereValues) as Promise<Array<{ n: number }>>,
      ]);
      ids = rows.map((r) => r.id);
      total = count[0]?.n ?? 0;
    } else {
      const candidates: Array<{
        id: string;
        status: MeasureStatus;
        planned_start: string | null;
        planned_end: string | null;
      }> = await em.query(
        `SELECT m.id, m.status, ${day('m.planned_start')} AS planned_start,
                ${day('m.planned_end')} AS planned_end ${from} ORDER BY ${order}`,
        params.values,
      );
      // Only what the request needs: health for the filter, progress for the sort.
      const candidateIds = candidates.map((c) => c.id);
      const byProgress = query.sort === 'progress';
      const [milestones, reports] = await Promise.all([
        byProgress ? loadMilestones(em, candidateIds) : new Map<string, MilestoneState[]>(),
        this.figures.reportsOf(em, candidateIds),
      ]);
      const asOf = this.figures.today();
      let computed = candidates.map((c) => {
        const input = {
          status: c.status,
          plannedStart: c.planned_start,
          plannedEnd: c.planned_end,
          milestones: milestones.get(c.id) ?? [],
        };
        const own = reports.get(c.id) ?? [];
        return {
          id: c.id,
          health: query.health ? this.figures.health(input, own, asOf).value : null,
          progress: byProgress ? this.figures.progress(input, own, asOf).value : 0,
        };
      });
      const health = query.health;
      if (health) computed = computed.filter((c) => health.includes(c.health ?? 'unknown'));
      if (byProgress) {
        const sign = direction === 'asc' ? 1 : -1;
        // Array.prototype.sort is stable: equal progress keeps the title order.
        computed.sort((a, b) => sign * (a.progress - b.progress));
      }
      total = computed.length;
      ids = computed.slice(offset, offset + query.pageSize).map((c) => c.id);
    }

    const aggregates = await loadAggregates(em, ids);
    const items = (await this.present(em, aggregates, subGoals)).map(toListItem);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  private conditions(query: MeasureQuery, subGoals: readonly ActiveSubGoal[], params: Params) {
    const where: string[] = [];
    const errors: FieldError[] = [];
    const uuids = (list: readonly string[]) => params.add(list.filter(isUuid));
    const supportsAny = (subGoalIds: readonly string[]) =>
      `EXISTS (SELECT 1 FROM measure_assessments a WHERE a.measure_id = m.id
                  AND a.rating = ${params.add('supports' satisfies Rating)}
                  AND a.sub_goal_id = ANY(${params.add(subGoalIds)}::uuid[]))`;

    if (query.q) {
      // search_text is lower(title || ' ' || description), kept by a trigger.
      where.push(`m.search_text LIKE lower(${params.add(containsPattern(query.q))})`);
    }
    if (query.department) where.push(`m.department_id = ANY(${uuids(query.department)}::uuid[])`);
    if (query.fieldOfAction) {
      where.push(`m.field_of_action_id = ANY(${uuids(query.fieldOfAction)}::uuid[])`);
    }
    if (query.status) where.push(`m.status = ANY(${params.add(query.status)}::text[])`);
    if (query.kind) where.push(`m.kind = ANY(${params.add(query.kind)}::text[])`);
    if (query.public !== undefined) where.push(`m.public = ${params.add(query.public)}`);
    if (query.check) where.push(`m.guardrail_result = ANY(${params.add(query.check)}::text[])`);
    if (query.goal) {
      const unknown = query.goal.filter((g) => !subGoals.some((s) => String(s.goalNumber) === g));
      if (unknown.length) {
        errors.push({
          field: 'goal',
          code: 'unknown_reference',
          message: `Ziel ${unknown.join(', ')} gibt es in der aktiven Strategie nicht.`,
          messageEn: `Goal ${unknown.join(', ')} does not exist in the active strategy.`,
        });
      }
      where.push(
        supportsAny(
          subGoals.filter((s) => query.goal!.includes(String(s.goalNumber))).map((s) => s.id),
        ),
      );
    }
    if (query.subGoal) {
      const unknown = query.subGoal.filter((code) => !subGoals.some((s) => s.code === code));
      if (unknown.length) {
        errors.push({
          field: 'subGoal',
          code: 'unknown_reference',
          message: `Teilziel ${unknown.join(', ')} gibt es in der aktiven Strategie nicht.`,
          messageEn: `Sub-goal ${unknown.join(', ')} does not exist in the active strategy.`,
        });
      }
      where.push(
        supportsAny(subGoals.filter((s) => query.subGoal!.includes(s.code)).map((s) => s.id)),
      );
    }
    switch (query.codetermination) {
      case undefined:
        break;
      case 'relevant':
        where.push(`c.relevance IS NOT NULL AND c.relevance <> 'none'`);
        break;
      case 'needs_consent':
        where.push(`c.relevance = 'co_determination'`);
        break;
      case 'open':
        where.push(
          `c.relevance = 'co_determination' AND (c.result IS NULL OR NOT c.result = ANY(${params.add(CONSENT_RESULTS)}::text[]))`,
        );
        break;
    }
    if (errors.length) throw new CommonException('VALIDATION_FAILED', { fields: errors });
    return where;
  }

  /**
   * Which guardrails no active measure supports. "Supports" and "active" (not cancelled) are the
   * shared rules `supportedSubGoalCodes` and `uncoveredSubGoals`.
   */
  async coverage(): Promise<Coverage> {
    const subGoals = await this.activeSubGoals();
    const rows: Array<{
      id: string;
      status: MeasureStatus;
      code: string | null;
      rating: Rating | null;
    }> = await this.dataSource.query(
      `SELECT m.id, m.status, s.code, a.rating
           FROM measures m
           LEFT JOIN measure_assessments a ON a.measure_id = m.id
           LEFT JOIN sub_goals s ON s.id = a.sub_goal_id`,
    );
    const byMeasure = new Map<
      string,
      { status: MeasureStatus; assessments: Array<{ subGoalCode: string; rating: Rating }> }
    >();
    for (const r of rows) {
      const m = byMeasure.get(r.id) ?? { status: r.status, assessments: [] };
      if (r.code !== null && r.rating !== null)
        m.assessments.push({ subGoalCode: r.code, rating: r.rating });
      byMeasure.set(r.id, m);
    }
    const measures = [...byMeasure.values()].map((m) => ({
      status: m.status,
      supportedSubGoalCodes: supportedSubGoalCodes(m.assessments),
    }));
    const codes = subGoals.map((s) => s.code);
    const uncovered = uncoveredSubGoals(codes, measures);
    return {
      subGoals: subGoals.map((s) => ({
        code: s.code,
        text: s.text,
        goalNumber: s.goalNumber,
        // A measure counts for a sub-goal exactly when the shared rule says it covers it.
        supportingMeasures: measures.filter((m) => uncoveredSubGoals([s.code], [m]).length === 0)
          .length,
        covered: !uncovered.includes(s.code),
      })),
      uncovered,
    };
  }
}
