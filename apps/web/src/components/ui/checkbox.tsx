import type { ComponentProps, ReactNode } from 'react';
import { cx } from '@/lib/cx';
import { useField } from './form-field';
import { Icon } from './icon';

export type CheckboxProps = Omit<ComponentProps<'input'>, 'type' | 'children'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
};

/** KERN checkbox (`kern-form-check`) with its label to the right, optional hint and error. */
export function Checkbox({ label, hint, error, className, ...rest }: CheckboxProps) {
  const field = useField({ ...rest, hint, error });
  return (
    <div className={cx('kern-form-check', error ? 'kern-form-check--error' : null, className)}>
      <input
        {...rest}
        id={field.id}
        type="checkbox"
        className={cx(
          'kern-form-check__checkbox',
          error ? 'kern-form-check__checkbox--error' : null,
        )}
        aria-describedby={field.describedBy}
        aria-invalid={field.invalid || undefined}
      />
      <label className="kern-label" htmlFor={field.id}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint lp-form-check__extra" id={field.hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p className="kern-error lp-form-check__extra" id={field.errorId}>
          <Icon name="danger" />
          <span className="kern-body">{error}</span>
        </p>
      )}
    </div>
  );
}
