import { useId, type ReactNode } from 'react';
import { Fieldset } from './fieldset';

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
}

export interface RadioGroupProps<V extends string> {
  legend: ReactNode;
  legendHidden?: boolean;
  name: string;
  value: V | '';
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  hint?: ReactNode;
  error?: ReactNode;
  horizontal?: boolean;
  /** Id of the fieldset (the target of an error-summary link: the first radio gets focus). */
  id?: string;
}

/** KERN radio buttons in a fieldset; arrow keys move between them (native radio behaviour). */
export function RadioGroup<V extends string>({
  legend,
  legendHidden,
  name,
  value,
  options,
  onChange,
  hint,
  error,
  horizontal,
  id,
}: RadioGroupProps<V>) {
  const base = useId();
  return (
    <Fieldset
      legend={legend}
      legendHidden={legendHidden}
      hint={hint}
      error={error}
      horizontal={horizontal}
      id={id}
    >
      {options.map((option, i) => {
        const optionId = i === 0 && id ? `${id}-first` : `${base}-${option.value}`;
        return (
          <div className="kern-form-check" key={option.value}>
            <input
              id={optionId}
              className="kern-form-check__radio"
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-invalid={error ? true : undefined}
            />
            <label className="kern-label" htmlFor={optionId}>
              {option.label}
            </label>
          </div>
        );
      })}
    </Fieldset>
  );
}
