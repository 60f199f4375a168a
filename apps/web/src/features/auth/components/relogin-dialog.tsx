import { useTranslation } from 'react-i18next';
import type { SessionUser } from '@leitplanken/shared';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { LoginForm } from './login-form';

/**
 * Over the page, when the session ended: the same person signs in again (the account is fixed,
 * so work typed by one person is never sent in another's name). "Mit einem anderen Konto
 * anmelden" signs out instead.
 */
export function ReloginDialog({
  user,
  onSignedIn,
  onCancel,
  onOtherAccount,
}: {
  user: SessionUser | null;
  onSignedIn: (user: SessionUser) => void;
  onCancel: () => void;
  onOtherAccount: () => void;
}) {
  const { t } = useTranslation('auth');
  return (
    <Dialog open={user !== null} onClose={onCancel} title={t('relogin.title')}>
      {user && (
        <>
          <p className="kern-body">{t('relogin.text')}</p>
          <LoginForm
            // A fresh form (no stale error) each time the dialog opens.
            key={user.id}
            fixedEmail={user.email}
            submitLabel={t('relogin.submit')}
            onSuccess={onSignedIn}
            secondaryActions={
              <>
                <Button variant="secondary" onClick={onCancel}>
                  {t('relogin.cancel')}
                </Button>
                <Button variant="tertiary" onClick={onOtherAccount}>
                  {t('relogin.otherAccount')}
                </Button>
              </>
            }
          />
        </>
      )}
    </Dialog>
  );
}
