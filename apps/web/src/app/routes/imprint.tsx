import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/layout/placeholder-page';

/** Impressum: placeholder until the city's legal notice is filled in. */
export function ImprintRoute() {
  const { t } = useTranslation('common');
  return (
    <PlaceholderPage
      title={t('imprint.title')}
      intro={t('imprint.intro')}
      comingSoon={t('imprint.comingSoon')}
    />
  );
}

export { ImprintRoute as Component };
