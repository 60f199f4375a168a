import type { ReactNode } from 'react';
import { cx } from '@/lib/cx';
import { Icon } from './icon';

export interface AlertProps {
  variant: 'info' | 'success' | 'warning' | 'danger';
  title: ReactNode;
  children?: ReactNode;
  /**
   * `alert` (assertive, for errors), `status` (polite, for loading results and notices) or `none`
   * for static content. Default: `alert` for danger, `status` otherwise.
   */
  role?: 'alert' | 'status' | 'none';
  className?: string;
}

/** KERN alert (`kern-alert`). The variant is conveyed by icon, title text and colour together. */
export function Alert({ variant, title, children, role, className }: AlertProps) {
  const liveRole = role ?? (variant === 'danger' ? 'alert' : 'status');
  return (
    <div
      className={cx('kern-alert', `kern-alert--${variant}`, className)}
      role={liveRole === 'none' ? undefined : liveRole}
    >
      <div className="kern-alert__header">
        <Icon name={variant} />
        <span className="kern-title">{title}</span>
      </div>
      {children && <div className="kern-alert__body">{children}</div>}
    </div>
  );
}
