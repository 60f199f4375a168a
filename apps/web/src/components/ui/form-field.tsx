import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '@/lib/cx';
import { Icon } from './icon';

export interface FieldProps {
  label: ReactNode;
  /** Help text below the label (linked via `aria-describedby`). */
  hint?: ReactNode;
  /** Error text (linked via `aria-describedby`; the control gets `aria-invalid`). */
  error?: ReactNode;
  /** Marks the field as optional in its label (KERN marks optional, not required, fields). */
  optional?: boolean;
}

interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

/** Ids and ARIA wiring shared by TextInput, Select and Textarea. */
export function useField(
  props: Pick<FieldProps, 'hint' | 'error'> & { id?: string; 'aria-describedby'?: string },
): FieldIds & { hintId: string; errorId: string } {
  const generated = useId();
  const id = props.id ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [props.hint ? hintId : null, props.error ? errorId : null, props['aria-describedby'] ?? null]
      .filter(Boolean)
      .join(' ') || undefined;
  return { id, hintId, errorId, describedBy, invalid: Boolean(props.error) };
}

/** Label, hint and error around a control, in KERN's `kern-form-input` layout. */
export function FieldFrame({
  id,
  hintId,
  errorId,
  label,
  hint,
  error,
  optional,
  children,
}: FieldProps & { id: string; hintId: string; errorId: string; children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <div className={cx('kern-form-input', error ? 'kern-form-input--error' : null)}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional && <span className="kern-label__optional"> – {t('form.optional')}</span>}
      </label>
      {hint && (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      )}
      {children}
      {error && (
        <p className="kern-error" id={errorId}>
          <Icon name="danger" />
          <span className="kern-body">{error}</span>
        </p>
      )}
    </div>
  );
}
