import { useTranslation } from 'react-i18next';
import type { MeasureMilestone } from '@leitplanken/shared';
import { Table } from '@/components/ui/table';
import { useFormat } from '@/lib/use-language';

export function MilestoneTable({ milestones }: { milestones: readonly MeasureMilestone[] }) {
  const { t } = useTranslation('measures');
  const format = useFormat();
  if (milestones.length === 0) return <p className="kern-body">{t('page.noMilestones')}</p>;
  return (
    <Table
      caption={t('page.milestonesCaption')}
      hideCaption
      rows={milestones}
      rowKey={(m) => m.id}
      columns={[
        { key: 'title', header: t('page.milestone'), rowHeader: true, cell: (m) => m.title },
        {
          key: 'due',
          header: t('page.dueOn'),
          numeric: true,
          cell: (m) => (m.dueOn ? format.date(m.dueOn) : '–'),
        },
        {
          key: 'done',
          header: t('page.doneOn'),
          numeric: true,
          cell: (m) => (m.doneOn ? format.date(m.doneOn) : t('page.open')),
        },
        {
          key: 'weight',
          header: t('page.weight'),
          numeric: true,
          cell: (m) => format.number(m.weight, 2),
        },
      ]}
    />
  );
}
