import type { ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import { cx } from '@/lib/cx';
import { Icon, type IconName } from './icon';

export type ButtonLinkProps = Omit<LinkProps, 'className' | 'children'> & {
  variant?: 'primary' | 'secondary' | 'tertiary';
  icon?: IconName;
  className?: string;
  children: ReactNode;
};

/** A link (navigation) that looks like a KERN button, e.g. "Maßnahme anlegen". */
export function ButtonLink({
  variant = 'primary',
  icon,
  className,
  children,
  ...rest
}: ButtonLinkProps) {
  return (
    <Link className={cx('kern-btn', `kern-btn--${variant}`, className)} {...rest}>
      {icon && <Icon name={icon} />}
      <span className="kern-label">{children}</span>
    </Link>
  );
}
