import { useTranslation } from 'react-i18next';
import type { Measure } from '@leitplanken/shared';
import { DescriptionList, type DescriptionItem } from '@/components/ui/description-list';
import { useFormat } from '@/lib/use-language';

/** Every stored field of the measure in words, de-DE dates and amounts. */
export function MeasureFacts({ measure: m }: { measure: Measure }) {
  const { t } = useTranslation('measures');
  const format = useFormat();
  const none = '–';
  const day = (value: string | null) => (value ? format.date(value) : none);
  const money = (value: number | null) => (value === null ? none : format.currency(value));
  const items: DescriptionItem[] = [
    { term: t('fields.departmentId'), value: `${m.department.code} – ${m.department.name}` },
    { term: t('fields.responsiblePerson'), value: m.responsiblePerson ?? none },
    { term: t('fields.status'), value: t(`enums.status.${m.status}`) },
    { term: t('fields.kind'), value: t(`enums.kind.${m.kind}`) },
    ...(m.kind !== 'voluntary'
      ? [{ term: t('fields.legalBasis'), value: m.legalBasis ?? none }]
      : []),
    ...(m.kind === 'legal_obligation'
      ? [{ term: t('fields.legalDeadline'), value: day(m.legalDeadline) }]
      : []),
    { term: t('fields.fieldOfActionId'), value: m.fieldOfAction?.name ?? none },
    { term: t('fields.priority'), value: t(`enums.priority.${m.priority}`) },
    { term: t('filters.visibility'), value: t(`enums.visibility.${String(m.public)}`) },
    { term: t('fields.plannedStart'), value: day(m.plannedStart) },
    { term: t('fields.plannedEnd'), value: day(m.plannedEnd) },
    { term: t('fields.actualStart'), value: day(m.actualStart) },
    { term: t('fields.actualEnd'), value: day(m.actualEnd) },
    { term: t('fields.budgetPlanned'), value: money(m.budgetPlanned) },
    { term: t('fields.budgetSpent'), value: money(m.budgetSpent) },
    { term: t('fields.fundingProgramme'), value: m.fundingProgramme ?? none },
    { term: t('fields.fundingAmount'), value: money(m.fundingAmount) },
    { term: t('page.createdBy'), value: m.createdBy?.name ?? none },
  ];
  return <DescriptionList items={items} className="lp-facts" />;
}
