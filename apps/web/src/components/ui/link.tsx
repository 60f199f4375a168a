import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';
import { useTranslation } from 'react-i18next';
import { cx } from '@/lib/cx';
import { Icon } from './icon';

interface CommonProps {
  small?: boolean;
  className?: string;
  children: ReactNode;
}

export type LinkProps = CommonProps & Omit<RouterLinkProps, 'className' | 'children'>;

/** KERN link (`kern-link`) to a route of the app. */
export function Link({ small = false, className, children, ...rest }: LinkProps) {
  return (
    <RouterLink className={cx('kern-link', small && 'kern-link--small', className)} {...rest}>
      {children}
    </RouterLink>
  );
}

export type ExternalLinkProps = CommonProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'className' | 'children'> & {
    href: string;
    /** Opens in a new tab and says so (icon plus screen-reader text). */
    newTab?: boolean;
  };

/** KERN link to a page outside the app, a download or a `mailto:`. */
export function ExternalLink({
  small = false,
  newTab = false,
  className,
  children,
  ...rest
}: ExternalLinkProps) {
  const { t } = useTranslation('common');
  return (
    <a
      className={cx('kern-link', small && 'kern-link--small', className)}
      {...(newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      {...rest}
    >
      {children}
      {newTab && (
        <>
          <Icon name="open-in-new" size="small" />
          <span className="kern-sr-only">{t('link.newTab')}</span>
        </>
      )}
    </a>
  );
}
