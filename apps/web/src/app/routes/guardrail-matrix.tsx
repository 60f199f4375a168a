import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { Loader } from '@/components/ui/loader';
import { Pagination } from '@/components/ui/pagination';
import { useDepartments } from '@/features/departments/api/get-departments';
import { useFieldsOfAction } from '@/features/fields-of-action/api/get-fields-of-action';
import { useCoverage } from '@/features/measures/api/get-coverage';
import { useMeasures } from '@/features/measures/api/get-measures';
import { GuardrailMatrix, matrixCounts } from '@/features/measures/components/guardrail-matrix';
import { MeasureFilters } from '@/features/measures/components/measure-filters';
import { useMeasureFilters } from '@/features/measures/hooks/use-measure-filters';
import { SubGoalList } from '@/features/strategy/components/sub-goal-list';
import { useActiveStrategy } from '@/features/strategy/api/get-active-strategy';
import { useErrorMessage } from '@/lib/error-message';

/** `/leitplanken-matrix`: measures × the ten guardrails, with a text summary and the legend. */
export function GuardrailMatrixRoute() {
  const { t } = useTranslation('measures');
  const errorMessage = useErrorMessage();
  const summaryId = useId();
  const codesId = useId();
  const filters = useMeasureFilters({ sort: 'title', pageSize: '50' });
  const measures = useMeasures(filters.query);
  const strategy = useActiveStrategy();
  const coverage = useCoverage();
  const departments = useDepartments();
  const fields = useFieldsOfAction();
  const goals = strategy.data?.goals ?? [];
  const codes = goals.flatMap((g) => g.subGoals.map((s) => s.code));

  let body;
  if (measures.isError || strategy.isError) {
    body = (
      <Alert variant="danger" title={t('matrix.error')}>
        <p className="kern-body">{errorMessage(measures.error ?? strategy.error)}</p>
      </Alert>
    );
  } else if (!measures.data || !strategy.data) {
    body = <Loader label={t('matrix.loading')} />;
  } else if (measures.data.items.length === 0) {
    body = <EmptyState title={t('matrix.empty')}>{t('list.emptyText')}</EmptyState>;
  } else {
    const counts = matrixCounts(measures.data.items, codes);
    body = (
      <>
        <section className="lp-section" aria-labelledby={summaryId}>
          <h2 className="kern-heading-medium" id={summaryId}>
            {t('matrix.summaryTitle')}
          </h2>
          <p className="kern-body">
            {t('matrix.summary', {
              count: measures.data.items.length,
              supports: counts.supports,
              conflicts: counts.conflicts + counts.requested,
              exceptions: counts.exception,
              open: counts.none,
            })}
          </p>
          {coverage.data && (
            <p className="kern-body kern-body--bold">
              {coverage.data.uncovered.length === 0
                ? t('matrix.allCovered')
                : t('matrix.uncovered', {
                    count: coverage.data.uncovered.length,
                    codes: coverage.data.uncovered.join(', '),
                  })}
            </p>
          )}
        </section>
        <GuardrailMatrix measures={measures.data.items} goals={goals} />
        <Pagination
          page={measures.data.page}
          pageSize={measures.data.pageSize}
          total={measures.data.total}
          onPage={(page) => filters.update({ page: String(page) })}
          label={t('matrix.pagination')}
        />
        <section className="lp-section" aria-labelledby={codesId}>
          <h2 className="kern-heading-medium" id={codesId}>
            {t('matrix.codes')}
          </h2>
          {goals.map((g) => (
            <div key={g.id} className="lp-matrix-codes">
              <h3 className="kern-heading-small">
                {t('filters.goalOption', { number: g.number, title: g.title })}
              </h3>
              <SubGoalList goal={g} />
            </div>
          ))}
        </section>
      </>
    );
  }

  return (
    <Page title={t('matrix.title')} intro={<p>{t('matrix.intro')}</p>} className="lp-page--wide">
      <MeasureFilters
        values={filters.values}
        onChange={filters.update}
        onReset={filters.reset}
        goals={goals}
        departments={departments.data ?? []}
        fieldsOfAction={fields.data ?? []}
        show={['q', 'goal', 'department', 'status', 'check', 'fieldOfAction', 'sort', 'pageSize']}
      />
      {body}
    </Page>
  );
}

export { GuardrailMatrixRoute as Component };
