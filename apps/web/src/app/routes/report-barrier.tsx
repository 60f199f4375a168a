import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/layout/placeholder-page';

/** Barriere melden (feedback mechanism, BITV 2.0 § 7): placeholder until the form exists. */
export function ReportBarrierRoute() {
  const { t } = useTranslation('common');
  return (
    <PlaceholderPage
      title={t('reportBarrier.title')}
      intro={t('reportBarrier.intro')}
      comingSoon={t('reportBarrier.comingSoon')}
    />
  );
}

export { ReportBarrierRoute as Component };
