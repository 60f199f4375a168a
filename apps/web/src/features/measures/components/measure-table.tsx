import { useTranslation } from 'react-i18next';
import type { MeasureListItem } from '@leitplanken/shared';
import { Link } from '@/components/ui/link';
import { Table, type TableColumn } from '@/components/ui/table';
import { useFormat } from '@/lib/use-language';
import { CheckBadge, HealthBadge } from './measure-badges';

/**
 * The measure list as a table; the title links to the measure page. The check comes right after
 * the title, so on a phone it is in view without scrolling the table.
 */
export function MeasureTable({
  measures,
  caption,
}: {
  measures: readonly MeasureListItem[];
  caption: string;
}) {
  const { t } = useTranslation('measures');
  const format = useFormat();
  const columns: TableColumn<MeasureListItem>[] = [
    {
      key: 'title',
      header: t('list.columns.title'),
      rowHeader: true,
      cell: (m) => (
        <Link to={`/massnahmen/${m.id}`} className="lp-measure-link">
          {m.title}
        </Link>
      ),
    },
    {
      key: 'check',
      header: t('list.columns.check'),
      cell: (m) => <CheckBadge result={m.guardrailCheck.result} small />,
    },
    { key: 'status', header: t('list.columns.status'), cell: (m) => t(`enums.status.${m.status}`) },
    {
      key: 'health',
      header: t('list.columns.health'),
      cell: (m) => <HealthBadge health={m.health.value} small />,
    },
    {
      key: 'progress',
      header: t('list.columns.progress'),
      numeric: true,
      cell: (m) => format.percent(m.progress.value),
    },
    {
      key: 'department',
      header: t('list.columns.department'),
      cell: (m) => <abbr title={m.department.name}>{m.department.code}</abbr>,
    },
    {
      key: 'plannedEnd',
      header: t('list.columns.plannedEnd'),
      numeric: true,
      cell: (m) => (m.plannedEnd ? format.date(m.plannedEnd) : '–'),
    },
  ];
  return (
    <Table
      caption={caption}
      columns={columns}
      rows={measures}
      rowKey={(m) => m.id}
      className="lp-measure-table"
    />
  );
}
