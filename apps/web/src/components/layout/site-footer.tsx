import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Footer with the accessibility statement, the barrier report and the legal notice (NavLink: the current one gets aria-current). */
export function SiteFooter() {
  const { t } = useTranslation('common');
  return (
    <footer className="lp-site-footer">
      <div className="lp-container lp-site-footer__inner">
        <nav aria-label={t('footer.label')}>
          <ul className="lp-site-footer__links">
            <li>
              <NavLink to="/barrierefreiheit" className="kern-link">
                {t('footer.accessibility')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/barriere-melden" className="kern-link">
                {t('footer.reportBarrier')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/impressum" className="kern-link">
                {t('footer.imprint')}
              </NavLink>
            </li>
          </ul>
        </nav>
        <p className="kern-body kern-body--small">
          {t('footer.copyright', { year: new Date().getFullYear() })}
        </p>
      </div>
    </footer>
  );
}
