import type { ReactNode } from 'react';
import { cx } from '@/lib/cx';
import { Icon } from './icon';

export interface BadgeProps {
  variant: 'info' | 'success' | 'warning' | 'danger';
  /** The text says what the badge means; the colour only repeats it. */
  children: ReactNode;
  icon?: boolean;
  small?: boolean;
  className?: string;
}

/** KERN badge (`kern-badge`). */
export function Badge({ variant, children, icon = true, small = false, className }: BadgeProps) {
  return (
    <span
      className={cx(
        'kern-badge',
        `kern-badge--${variant}`,
        small && 'kern-badge--small',
        className,
      )}
    >
      {icon && <Icon name={variant} />}
      <span className="kern-label">{children}</span>
    </span>
  );
}
