import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, MeasureListItem } from '@leitplanken/shared';
import { Link } from '@/components/ui/link';
import {
  CheckBadge,
  RATING_SYMBOL,
  RatingLabel,
  ratingCell,
  type RatingCell,
} from './measure-badges';

/** How many cells of each kind a page of the matrix has (for its text summary). */
export function matrixCounts(measures: readonly MeasureListItem[], codes: readonly string[]) {
  const counts: Record<RatingCell, number> = {
    supports: 0,
    neutral: 0,
    conflicts: 0,
    exception: 0,
    requested: 0,
    none: 0,
  };
  for (const m of measures) {
    for (const code of codes) {
      counts[ratingCell(m.assessments.find((a) => a.subGoalCode === code))] += 1;
    }
  }
  return counts;
}

const LEGEND: readonly RatingCell[] = [
  'supports',
  'neutral',
  'conflicts',
  'requested',
  'exception',
  'none',
];

/**
 * Measures × the ten guardrails as an accessible table: goal groups and sub-goal codes as column
 * headers, the measure as row header, every cell with colour, symbol and word. The header row
 * and the first column stay in view while the matrix scrolls.
 */
export function GuardrailMatrix({
  measures,
  goals,
}: {
  measures: readonly MeasureListItem[];
  goals: readonly Goal[];
}) {
  const { t } = useTranslation('measures');
  const captionId = useId();
  const legendId = useId();
  const codes = goals.flatMap((g) => g.subGoals.map((s) => s.code));
  return (
    <>
      <div
        className="lp-matrix"
        role="region"
        aria-labelledby={captionId}
        aria-describedby={legendId}
        tabIndex={0}
      >
        <table className="kern-table kern-table--small lp-matrix__table">
          <caption id={captionId} className="kern-title kern-sr-only">
            {t('matrix.caption')}
          </caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <td className="lp-matrix__corner" rowSpan={2} />
              {goals.map((g) => (
                <th
                  key={g.id}
                  scope="colgroup"
                  colSpan={g.subGoals.length}
                  className="kern-table__header lp-matrix__goal"
                >
                  {t('filters.goalOption', { number: g.number, title: g.title })}
                </th>
              ))}
            </tr>
            <tr className="kern-table__row">
              {goals.flatMap((g) =>
                g.subGoals.map((s) => (
                  <th key={s.code} scope="col" className="kern-table__header lp-matrix__code">
                    {s.code}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {measures.map((m) => (
              <tr key={m.id} className="kern-table__row">
                <th scope="row" className="kern-table__header lp-matrix__measure">
                  <Link to={`/massnahmen/${m.id}`}>{m.title}</Link>
                  <CheckBadge result={m.guardrailCheck.result} small />
                </th>
                {codes.map((code) => {
                  const cell = ratingCell(m.assessments.find((a) => a.subGoalCode === code));
                  return (
                    <td
                      key={code}
                      className={`kern-table__cell lp-matrix__cell lp-matrix__cell--${cell}`}
                    >
                      <RatingLabel cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="lp-matrix-legend" id={legendId}>
        <h2 className="kern-heading-small">{t('matrix.legend')}</h2>
        <ul className="lp-matrix-legend__list">
          {LEGEND.map((cell) => (
            <li key={cell} className={`lp-matrix-legend__item lp-matrix__cell--${cell}`}>
              <span aria-hidden="true" className="lp-rating__symbol">
                {RATING_SYMBOL[cell]}
              </span>{' '}
              {t(`matrix.cell.${cell}`)}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
