import { useTranslation } from 'react-i18next';
import { CONSENT_RESULTS, type MeasureListItem } from '@leitplanken/shared';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { Table } from '@/components/ui/table';
import { useFormat } from '@/lib/use-language';

/** A deadline that has passed without a decision: the staff council must act (or did not). */
export function deadlineState(
  m: Pick<MeasureListItem, 'codetermination'>,
  today: string,
): 'overdue' | 'open' | 'decided' | 'none' {
  const c = m.codetermination;
  if (!c) return 'none';
  if (c.result !== null || c.decidedOn !== null) return 'decided';
  if (c.deadlineOn === null) return 'none';
  return c.deadlineOn < today ? 'overdue' : 'open';
}

export function hasConsent(m: Pick<MeasureListItem, 'codetermination'>): boolean {
  const result = m.codetermination?.result ?? null;
  return result !== null && CONSENT_RESULTS.includes(result);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The staff council's overview: participation, state, deadline (overdue flagged in words). */
export function StaffCouncilTable({
  measures,
  today,
  canEdit,
}: {
  measures: readonly MeasureListItem[];
  today: string;
  canEdit: (departmentId: string) => boolean;
}) {
  const { t } = useTranslation('measures');
  const format = useFormat();
  return (
    <Table
      caption={t('staffCouncil.caption')}
      rows={measures}
      rowKey={(m) => m.id}
      className="lp-staff-council-table"
      columns={[
        {
          key: 'measure',
          header: t('staffCouncil.columns.measure'),
          rowHeader: true,
          cell: (m) => (
            <>
              <Link to={`/massnahmen/${m.id}`}>{m.title}</Link>
              <span className="kern-body kern-body--small lp-block">{m.department.code}</span>
            </>
          ),
        },
        {
          key: 'deadline',
          header: t('staffCouncil.columns.deadline'),
          cell: (m) => {
            const deadline = m.codetermination?.deadlineOn;
            const state = deadlineState(m, today);
            if (!deadline) return t('staffCouncil.noDeadline');
            if (state === 'overdue') {
              return (
                <strong className="lp-overdue">
                  <Icon name="warning" /> {format.date(deadline)} – {t('staffCouncil.overdue')}
                </strong>
              );
            }
            const left = daysBetween(today, deadline);
            return state === 'open' && left <= 30 ? (
              <>
                {format.date(deadline)}{' '}
                <span className="lp-block kern-body--small">
                  {t('staffCouncil.dueSoon', { count: left })}
                </span>
              </>
            ) : (
              format.date(deadline)
            );
          },
        },
        {
          key: 'result',
          header: t('staffCouncil.columns.result'),
          cell: (m) =>
            m.codetermination?.result
              ? t(`enums.result.${m.codetermination.result}`)
              : t('codetermination.resultNone'),
        },
        {
          key: 'relevance',
          header: t('staffCouncil.columns.relevance'),
          cell: (m) =>
            m.codetermination ? t(`enums.relevance.${m.codetermination.relevance}`) : '–',
        },
        {
          key: 'status',
          header: t('staffCouncil.columns.status'),
          cell: (m) => t(`enums.status.${m.status}`),
        },
        {
          key: 'agreement',
          header: t('staffCouncil.columns.agreement'),
          cell: (m) =>
            [m.codetermination?.agreementTitle, m.codetermination?.agreementNumber]
              .filter(Boolean)
              .join(', ') || '–',
        },
        {
          key: 'actions',
          header: t('staffCouncil.columns.actions'),
          cell: (m) =>
            canEdit(m.departmentId) ? (
              <Link to={`/massnahmen/${m.id}/beteiligung`}>
                <span aria-hidden="true">{t('staffCouncil.editShort')}</span>
                <span className="kern-sr-only">{t('staffCouncil.edit', { title: m.title })}</span>
              </Link>
            ) : (
              '–'
            ),
        },
      ]}
    />
  );
}
