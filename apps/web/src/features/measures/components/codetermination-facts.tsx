import { useTranslation } from 'react-i18next';
import type { Codetermination } from '@leitplanken/shared';
import { DescriptionList } from '@/components/ui/description-list';
import { useFormat } from '@/lib/use-language';

/** The co-determination record in words (LPVG NRW). */
export function CodeterminationFacts({ record }: { record: Codetermination | null }) {
  const { t } = useTranslation('measures');
  const format = useFormat();
  if (!record) return <p className="kern-body">{t('page.noCodetermination')}</p>;
  const day = (value: string | null) => (value ? format.date(value) : '–');
  const agreement = [
    record.agreementTitle,
    record.agreementNumber,
    record.agreementValidFrom || record.agreementValidUntil
      ? `${day(record.agreementValidFrom)} – ${day(record.agreementValidUntil)}`
      : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <DescriptionList
        className="lp-facts"
        items={[
          { term: t('codetermination.relevance'), value: t(`enums.relevance.${record.relevance}`) },
          { term: t('codetermination.legalBasis'), value: record.legalBasis ?? '–' },
          { term: t('codetermination.informedOn'), value: day(record.informedOn) },
          { term: t('codetermination.discussedOn'), value: day(record.discussedOn) },
          { term: t('codetermination.consentRequestedOn'), value: day(record.consentRequestedOn) },
          { term: t('codetermination.deadlineOn'), value: day(record.deadlineOn) },
          { term: t('codetermination.decidedOn'), value: day(record.decidedOn) },
          {
            term: t('codetermination.result'),
            value: record.result
              ? t(`enums.result.${record.result}`)
              : t('codetermination.resultNone'),
          },
          { term: t('codetermination.pilot'), value: t(record.pilot ? 'common:yes' : 'common:no') },
          { term: t('codetermination.agreement'), value: agreement || '–' },
          { term: t('codetermination.position'), value: record.position ?? '–' },
        ]}
      />
      {record.updatedBy && (
        <p className="kern-body kern-body--small">
          {t('codetermination.updatedBy', {
            name: record.updatedBy.name,
            date: format.dateTime(record.updatedAt),
          })}
        </p>
      )}
    </>
  );
}
