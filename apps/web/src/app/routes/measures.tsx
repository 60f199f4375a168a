import { useTranslation } from 'react-i18next';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { Loader } from '@/components/ui/loader';
import { Pagination } from '@/components/ui/pagination';
import { useDepartments } from '@/features/departments/api/get-departments';
import { useFieldsOfAction } from '@/features/fields-of-action/api/get-fields-of-action';
import { useMeasures } from '@/features/measures/api/get-measures';
import { MeasureFilters } from '@/features/measures/components/measure-filters';
import { MeasureTable } from '@/features/measures/components/measure-table';
import { useMeasureFilters } from '@/features/measures/hooks/use-measure-filters';
import { useMeasurePermissions } from '@/features/measures/hooks/use-measure-permissions';
import { useActiveStrategy } from '@/features/strategy/api/get-active-strategy';
import { useErrorMessage } from '@/lib/error-message';

/** `/massnahmen`: the measure list with filters, search, sorting and paging. */
export function MeasuresRoute() {
  const { t } = useTranslation('measures');
  const errorMessage = useErrorMessage();
  const filters = useMeasureFilters();
  const measures = useMeasures(filters.query);
  const strategy = useActiveStrategy();
  const departments = useDepartments();
  const fields = useFieldsOfAction();
  const permissions = useMeasurePermissions();

  return (
    <Page
      title={t('list.title')}
      intro={<p>{t('list.intro')}</p>}
      actions={
        <>
          {permissions.canCreate && (
            <ButtonLink to="/massnahmen/neu" icon="add">
              {t('list.create')}
            </ButtonLink>
          )}
          {/* CSV/XLSX export: issue 7 (GET /api/measures/export). */}
          <Button variant="secondary" icon="download" disabled>
            {t('list.export')}
          </Button>
        </>
      }
    >
      <MeasureFilters
        values={filters.values}
        onChange={filters.update}
        onReset={filters.reset}
        goals={strategy.data?.goals ?? []}
        departments={departments.data ?? []}
        fieldsOfAction={fields.data ?? []}
      />
      <section className="lp-section lp-results" aria-busy={measures.isFetching}>
        <p className="kern-body kern-body--bold lp-results__count" role="status">
          {measures.data ? t('list.resultCount', { count: measures.data.total }) : ''}
        </p>
        {measures.isPending ? (
          <Loader label={t('list.loading')} />
        ) : measures.isError ? (
          <Alert variant="danger" title={t('list.error')}>
            <p className="kern-body">{errorMessage(measures.error)}</p>
          </Alert>
        ) : measures.data.items.length === 0 ? (
          <EmptyState title={t('list.empty')}>{t('list.emptyText')}</EmptyState>
        ) : (
          <>
            <MeasureTable measures={measures.data.items} caption={t('list.caption')} />
            <Pagination
              page={measures.data.page}
              pageSize={measures.data.pageSize}
              total={measures.data.total}
              onPage={(page) => filters.update({ page: String(page) })}
              label={t('list.pagination')}
            />
          </>
        )}
      </section>
    </Page>
  );
}

export { MeasuresRoute as Component };
