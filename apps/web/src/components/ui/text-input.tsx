import type { ComponentProps } from 'react';
import { cx } from '@/lib/cx';
import { FieldFrame, useField, type FieldProps } from './form-field';

export type TextInputProps = FieldProps & Omit<ComponentProps<'input'>, 'children'>;

/** KERN text field with label, optional hint and error text. */
export function TextInput({
  label,
  hint,
  error,
  optional,
  className,
  type = 'text',
  ...rest
}: TextInputProps) {
  const field = useField({ ...rest, hint, error });
  return (
    <FieldFrame {...field} label={label} hint={hint} error={error} optional={optional}>
      <input
        {...rest}
        id={field.id}
        type={type}
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
