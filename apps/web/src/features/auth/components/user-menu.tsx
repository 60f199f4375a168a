import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { LOGIN_PATH } from '../login-path';
import { useSession } from './session-provider';

/** In the header: who is signed in, in which role, and "Abmelden". Nothing when signed out. */
export function UserMenu() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation('common');
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  if (!user) return null;

  async function onSignOut() {
    setBusy(true);
    await signOut();
    setBusy(false);
    // From an internal page the route guard goes there anyway; from a public one we do.
    await navigate(LOGIN_PATH, { replace: true });
  }

  return (
    <section className="lp-user-menu" aria-label={t('userMenu.label')}>
      <p className="lp-user-menu__who">
        <span className="lp-user-menu__name">{user.name}</span>
        <span className="lp-user-menu__role">
          {t('userMenu.role', { role: tc(`roles.${user.role}`) })}
        </span>
      </p>
      <Button
        variant="secondary"
        size="x-small"
        icon="logout"
        disabled={busy}
        onClick={() => void onSignOut()}
      >
        {t('userMenu.signOut')}
      </Button>
    </section>
  );
}
