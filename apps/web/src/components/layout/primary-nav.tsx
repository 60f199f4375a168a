import { useId, useState } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Icon } from '@/components/ui/icon';
import type { NavItem } from './nav-item';

/**
 * The main navigation. On narrow screens it collapses behind a "Menü" button (disclosure
 * pattern); from 48rem on the list is always shown and the button hidden.
 */
export function PrimaryNav({ items }: { items: readonly NavItem[] }) {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <nav className="lp-primary-nav" aria-label={t('nav.label')} data-open={open}>
      <div className="lp-container lp-primary-nav__inner">
        <button
          type="button"
          className="kern-btn kern-btn--secondary lp-primary-nav__toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((value) => !value)}
        >
          <Icon name={open ? 'close' : 'dehaze'} />
          <span className="kern-label">{t('nav.menu')}</span>
        </button>
        <ul id={listId} className="lp-primary-nav__list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.end}
                className="lp-primary-nav__link"
                onClick={() => setOpen(false)}
              >
                {t(item.labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
