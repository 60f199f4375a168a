import { useTranslation } from 'react-i18next';
import { Page } from '@/components/layout/page';
import { Link } from '@/components/ui/link';

export function NotFound() {
  const { t } = useTranslation('common');
  return (
    <Page title={t('notFound.title')} intro={<p>{t('notFound.text')}</p>}>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

export { NotFound as Component };
