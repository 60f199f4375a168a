import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { Loader } from '@/components/ui/loader';
import { LoginForm } from '@/features/auth/components/login-form';
import { useSession } from '@/features/auth/components/session-provider';
import { safeNext } from '@/features/auth/login-path';

/** `/anmelden`: the German sign-in page; afterwards back to the page that asked for it. */
export function LoginRoute() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const signedOut = session.justSignedOut;

  if (session.status === 'pending') return <Loader label={t('guard.checking')} />;
  // Signed in (now, or already before): on to where the person wanted to go.
  if (session.user) return <Navigate to={next} replace />;

  return (
    <Page title={t('login.title')} intro={<p>{t('login.intro')}</p>} className="lp-login-page">
      {signedOut && <Alert variant="success" title={t('login.signedOut')} />}
      {!signedOut && params.has('next') && (
        <Alert variant="info" title={t('login.sessionRequired')} />
      )}
      <div className="lp-login">
        <LoginForm onSuccess={() => undefined} />
        <p className="kern-body kern-body--small">{t('login.help')}</p>
      </div>
    </Page>
  );
}

export { LoginRoute as Component };
