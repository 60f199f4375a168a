import type { ComponentProps } from 'react';
import { cx } from '@/lib/cx';
import { FieldFrame, useField, type FieldProps } from './form-field';

export type TextareaProps = FieldProps & Omit<ComponentProps<'textarea'>, 'children'>;

/** KERN multi-line text field with label, optional hint and error text. */
export function Textarea({
  label,
  hint,
  error,
  optional,
  className,
  rows = 4,
  ...rest
}: TextareaProps) {
  const field = useField({ ...rest, hint, error });
  return (
    <FieldFrame {...field} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        {...rest}
        id={field.id}
        rows={rows}
        className={cx(
          'kern-form-input__input',
          error ? 'kern-form-input__input--error' : null,
          className,
        )}
        aria-describedby={field.describedBy}
        aria-invalid={field.invalid || undefined}
        required={rest.required ?? !optional}
      />
    </FieldFrame>
  );
}
