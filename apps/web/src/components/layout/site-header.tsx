import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Kopfzeile } from './kopfzeile';
import { LanguageSwitch } from './language-switch';
import { PrimaryNav } from './primary-nav';
import type { NavItem } from './nav-item';

/**
 * Kopfzeile, product name with the city, language switch, the signed-in person (`account`, given
 * by the app layout) and the primary navigation.
 */
export function SiteHeader({
  navItems,
  account,
}: {
  navItems: readonly NavItem[];
  account?: ReactNode;
}) {
  const { t } = useTranslation('common');
  return (
    <header className="lp-site-header">
      <Kopfzeile>{t('kopfzeile')}</Kopfzeile>
      <div className="lp-container lp-masthead">
        <div className="lp-brand">
          <Link to="/" className="lp-brand__link">
            <svg
              className="lp-brand__mark"
              viewBox="0 0 32 32"
              aria-hidden="true"
              focusable="false"
            >
              <path d="M6 4v24M26 4v24" strokeWidth="3" />
              <path d="M16 6v4M16 14v4M16 22v4" strokeWidth="2.5" />
            </svg>
            <span className="lp-brand__name">{t('app.name')}</span>
          </Link>
          <p className="lp-brand__city">
            {t('app.city')} · {t('app.tagline')}
          </p>
        </div>
        <div className="lp-masthead__tools">
          <LanguageSwitch />
          {account}
        </div>
      </div>
      {/* Signed out there is nothing to navigate to (and no empty "Menü" button). */}
      {navItems.length > 0 && <PrimaryNav items={navItems} />}
    </header>
  );
}
