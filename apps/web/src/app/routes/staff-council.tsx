import { useTranslation } from 'react-i18next';
import { calendarDayOf } from '@leitplanken/shared';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { Loader } from '@/components/ui/loader';
import { Pagination } from '@/components/ui/pagination';
import { Select } from '@/components/ui/select';
import { useMeasures } from '@/features/measures/api/get-measures';
import {
  deadlineState,
  StaffCouncilTable,
} from '@/features/measures/components/staff-council-table';
import { useMeasureFilters } from '@/features/measures/hooks/use-measure-filters';
import { useMeasurePermissions } from '@/features/measures/hooks/use-measure-permissions';
import { useErrorMessage } from '@/lib/error-message';

const SCOPES = ['relevant', 'needs_consent', 'open'] as const;

/** `/personalrat`: measures that need the staff council, their state and deadlines. */
export function StaffCouncilRoute() {
  const { t } = useTranslation('measures');
  const errorMessage = useErrorMessage();
  const filters = useMeasureFilters({
    codetermination: 'relevant',
    sort: 'plannedEnd',
    pageSize: '50',
  });
  const measures = useMeasures(filters.query);
  const permissions = useMeasurePermissions();
  // The city's calendar day, as the rules use it.
  const today = calendarDayOf(new Date().toISOString());

  let body;
  if (measures.isError) {
    body = (
      <Alert variant="danger" title={t('staffCouncil.error')}>
        <p className="kern-body">{errorMessage(measures.error)}</p>
      </Alert>
    );
  } else if (!measures.data) {
    body = <Loader label={t('staffCouncil.loading')} />;
  } else if (measures.data.items.length === 0) {
    body = <EmptyState title={t('staffCouncil.empty')} />;
  } else {
    const items = measures.data.items;
    body = (
      <>
        <p className="kern-body kern-body--bold" role="status">
          {t('staffCouncil.summary', {
            count: measures.data.total,
            overdue: items.filter((m) => deadlineState(m, today) === 'overdue').length,
            open: items.filter((m) => m.codetermination?.result == null).length,
          })}
        </p>
        <StaffCouncilTable
          measures={items}
          today={today}
          canEdit={permissions.canEditCodetermination}
        />
        <Pagination
          page={measures.data.page}
          pageSize={measures.data.pageSize}
          total={measures.data.total}
          onPage={(page) => filters.update({ page: String(page) })}
          label={t('list.pagination')}
        />
      </>
    );
  }

  return (
    <Page title={t('staffCouncil.title')} intro={<p>{t('staffCouncil.intro')}</p>}>
      <div className="lp-filters lp-filters--inline">
        <Select
          label={t('staffCouncil.scope')}
          value={filters.values.codetermination ?? 'relevant'}
          required={false}
          onChange={(event) => filters.update({ codetermination: event.target.value })}
          options={SCOPES.map((s) => ({ value: s, label: t(`staffCouncil.scopes.${s}`) }))}
        />
      </div>
      {body}
    </Page>
  );
}

export { StaffCouncilRoute as Component };
