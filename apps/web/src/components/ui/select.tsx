import type { ComponentProps, ReactNode } from 'react';
import { cx } from '@/lib/cx';
import { FieldFrame, useField, type FieldProps } from './form-field';

export interface SelectOption {
  value: string;
  label: ReactNode;
  disabled?: boolean;
}

export type SelectProps = FieldProps &
  Omit<ComponentProps<'select'>, 'children'> & {
    options: readonly SelectOption[];
    /** First, empty option, e.g. "Bitte wählen". */
    placeholder?: string;
  };

/** KERN select with label, optional hint and error text. */
export function Select({
  label,
  hint,
  error,
  optional,
  options,
  placeholder,
  className,
  ...rest
}: SelectProps) {
  const field = useField({ ...rest, hint, error });
  return (
    <FieldFrame {...field} label={label} hint={hint} error={error} optional={optional}>
      <div className="kern-form-input__select-wrapper">
        <select
          {...rest}
          id={field.id}
          className={cx(
            'kern-form-input__select',
            error ? 'kern-form-input__select--error' : null,
            className,
          )}
          aria-describedby={field.describedBy}
          aria-invalid={field.invalid || undefined}
          required={rest.required ?? !optional}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  );
}
