import { useId, type ReactNode } from 'react';
import { cx } from '@/lib/cx';
import { Icon } from './icon';

export interface FieldsetProps {
  legend: ReactNode;
  /** Hide the legend visually (it stays the group's accessible name). */
  legendHidden?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /** Options side by side (radios, checkboxes). */
  horizontal?: boolean;
  id?: string;
  className?: string;
  children: ReactNode;
}

/** KERN fieldset (`kern-fieldset`): a group of controls named by its legend. */
export function Fieldset({
  legend,
  legendHidden = false,
  hint,
  error,
  horizontal = false,
  id,
  className,
  children,
}: FieldsetProps) {
  const generated = useId();
  const base = id ?? generated;
  const describedBy =
    [hint ? `${base}-hint` : null, error ? `${base}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <fieldset
      id={id}
      className={cx('kern-fieldset', error ? 'kern-fieldset--error' : null, className)}
      aria-describedby={describedBy}
    >
      <legend className={cx('kern-label', legendHidden && 'kern-sr-only')}>{legend}</legend>
      {hint && (
        <div className="kern-hint" id={`${base}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="kern-error" id={`${base}-error`}>
          <Icon name="danger" />
          <span className="kern-body">{error}</span>
        </p>
      )}
      <div className={cx('kern-fieldset__body', horizontal && 'kern-fieldset__body--horizontal')}>
        {children}
      </div>
    </fieldset>
  );
}
