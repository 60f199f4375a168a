import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/layout/placeholder-page';

/** Erklärung zur Barrierefreiheit (BITV 2.0 § 7): placeholder until the statement is written. */
export function AccessibilityStatementRoute() {
  const { t } = useTranslation('common');
  return (
    <PlaceholderPage
      title={t('accessibility.title')}
      intro={t('accessibility.intro')}
      comingSoon={t('accessibility.comingSoon')}
    />
  );
}

export { AccessibilityStatementRoute as Component };
