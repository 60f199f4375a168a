import { useTranslation } from 'react-i18next';
import { Link } from '@/components/ui/link';

/** Footer with the accessibility statement, the barrier report and the legal notice. */
export function SiteFooter() {
  const { t } = useTranslation('common');
  return (
    <footer className="lp-site-footer">
      <div className="lp-container lp-site-footer__inner">
        <nav aria-label={t('footer.label')}>
          <ul className="lp-site-footer__links">
            <li>
              <Link to="/barrierefreiheit">{t('footer.accessibility')}</Link>
            </li>
            <li>
              <Link to="/barriere-melden">{t('footer.reportBarrier')}</Link>
            </li>
            <li>
              <Link to="/impressum">{t('footer.imprint')}</Link>
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
