import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, Measure, MeasureAssessment } from '@leitplanken/shared';
import { Button } from '@/components/ui/button';
import { Table } from '@/components/ui/table';
import { useFormat } from '@/lib/use-language';
import { ExceptionDialog } from './exception-dialog';
import { RatingLabel, ratingCell } from './measure-badges';

interface Row {
  code: string;
  text: string;
  assessment: MeasureAssessment | undefined;
}

/**
 * The rating of every guardrail with its justification and the board's exception decision; the
 * board (and admins) decide from here.
 */
export function AssessmentTable({
  measure,
  goals,
  canDecide,
}: {
  measure: Measure;
  goals: readonly Goal[];
  canDecide: boolean;
}) {
  const { t } = useTranslation('measures');
  const format = useFormat();
  const [deciding, setDeciding] = useState<MeasureAssessment | null>(null);
  const rows: Row[] = goals.flatMap((g) =>
    g.subGoals.map((s) => ({
      code: s.code,
      text: s.text,
      assessment: measure.assessments.find((a) => a.subGoalCode === s.code),
    })),
  );
  return (
    <>
      <Table
        caption={t('page.assessmentsCaption')}
        hideCaption
        rows={rows}
        rowKey={(r) => r.code}
        className="lp-assessment-table"
        columns={[
          {
            key: 'subGoal',
            header: t('page.subGoal'),
            rowHeader: true,
            cell: (r) => (
              <>
                <span className="lp-subgoal__code">{r.code}</span>{' '}
                <span lang="de" className="kern-body kern-body--small">
                  {r.text}
                </span>
              </>
            ),
          },
          {
            key: 'rating',
            header: t('page.rating'),
            cell: (r) => <RatingLabel cell={ratingCell(r.assessment)} />,
          },
          {
            key: 'justification',
            header: t('page.justification'),
            cell: (r) => r.assessment?.justification ?? '–',
          },
          {
            key: 'exception',
            header: t('page.exception'),
            cell: (r) => {
              const a = r.assessment;
              if (!a || a.rating !== 'conflicts') return '–';
              const decided = a.exception.decidedBy && a.exception.decidedAt;
              return (
                <div className="lp-exception">
                  <span>{t(`enums.exception.${a.exception.status}`)}</span>
                  {a.exception.reason && <span>„{a.exception.reason}“</span>}
                  {decided && (
                    <span className="kern-body kern-body--small">
                      {t('page.decidedBy', {
                        name: a.exception.decidedBy!.name,
                        date: format.dateTime(a.exception.decidedAt!),
                      })}
                    </span>
                  )}
                  {canDecide && (
                    <Button variant="secondary" size="x-small" onClick={() => setDeciding(a)}>
                      <span aria-hidden="true">{t('page.decide')}</span>
                      <span className="kern-sr-only">
                        {t('page.decideFor', { code: a.subGoalCode })}
                      </span>
                    </Button>
                  )}
                </div>
              );
            },
          },
        ]}
      />
      <ExceptionDialog
        measureId={measure.id}
        version={measure.version}
        assessment={deciding}
        onClose={() => setDeciding(null)}
      />
    </>
  );
}
