import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '@leitplanken/shared';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { Loader } from '@/components/ui/loader';
import { useErrorMessage } from '@/lib/error-message';
import { loginPath } from '../login-path';
import { useSession } from './session-provider';

/**
 * Route guard for internal pages: without a session to `/anmelden?next=<this page>`; with a role
 * the page is not meant for, a plain "Keine Berechtigung" (the API refuses the data anyway).
 */
export function RequireSession({ roles }: { roles?: readonly Role[] }) {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation('common');
  const errorMessage = useErrorMessage();
  const session = useSession();
  const location = useLocation();

  if (session.status === 'pending') return <Loader label={t('guard.checking')} />;
  if (session.status === 'error') {
    return (
      <Alert variant="danger" title={t('guard.loadError')}>
        <p className="kern-body">{errorMessage(session.error)}</p>
        <div>
          <Button variant="secondary" onClick={session.retry}>
            {tc('errors.retry')}
          </Button>
        </div>
      </Alert>
    );
  }
  if (!session.user) {
    return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  }
  if (roles && !roles.includes(session.user.role)) {
    return (
      <Page title={t('guard.forbiddenTitle')}>
        <Alert variant="warning" title={t('guard.forbiddenTitle')} role="none">
          <p className="kern-body">
            {t('guard.forbiddenText', { role: tc(`roles.${session.user.role}`) })}
          </p>
        </Alert>
        <p className="lp-actions">
          <Link to="/">{t('guard.home')}</Link>
        </p>
      </Page>
    );
  }
  return <Outlet />;
}
