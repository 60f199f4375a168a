import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Page } from './page';

/** A page whose content is not built yet: says plainly what will be here. */
export function PlaceholderPage({
  title,
  intro,
  comingSoon,
}: {
  title: string;
  intro: string;
  comingSoon: string;
}) {
  const { t } = useTranslation('common');
  return (
    <Page title={title} intro={<p>{intro}</p>}>
      <Alert variant="info" title={t('placeholderPage.noticeTitle')} role="none">
        <p className="kern-body">{comingSoon}</p>
      </Alert>
    </Page>
  );
}
