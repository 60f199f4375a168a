import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';

/** Shown inside the layout when a route fails to load or render. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation('common');
  if (import.meta.env.DEV) console.error(error);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Page title={notFound ? t('notFound.title') : t('routeError.title')}>
      <Alert variant="danger" title={t('routeError.heading')}>
        <p className="kern-body">{t('routeError.text')}</p>
      </Alert>
      <p className="lp-actions">
        <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
        <Link to="/">{t('routeError.home')}</Link>
      </p>
    </Page>
  );
}
