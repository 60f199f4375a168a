import type { ReactNode } from 'react';
import { cx } from '@/lib/cx';
import { Icon } from './icon';

export interface EmptyStateProps {
  title: ReactNode;
  children?: ReactNode;
  /** E.g. a button "Maßnahme anlegen". */
  action?: ReactNode;
  className?: string;
}

/** Said when a list or section has nothing to show, instead of leaving it blank. */
export function EmptyState({ title, children, action, className }: EmptyStateProps) {
  return (
    <div className={cx('lp-empty-state', className)}>
      <Icon name="info" size="large" />
      <div className="lp-empty-state__text">
        <p className="kern-title">{title}</p>
        {children && <div className="kern-body">{children}</div>}
        {action && <div className="lp-empty-state__action">{action}</div>}
      </div>
    </div>
  );
}
