import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './icon';

export interface SummaryError {
  /** Id of the control (or group) the error belongs to. */
  targetId: string;
  /** What the field is called, e.g. "Titel". */
  label: string;
  message: string;
}

/**
 * The list of a form's errors above the form, each a link to its field (GOV.UK pattern). It takes
 * focus after each submit (`focusKey` changes), so keyboard and screen-reader users learn at once
 * what went wrong; corrections while typing update it without moving focus.
 */
export function ErrorSummary({
  errors,
  title,
  focusKey,
}: {
  errors: readonly SummaryError[];
  title: string;
  /** Changes on every submit attempt. */
  focusKey: number;
}) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  const count = errors.length;
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (count === 0) return null;

  const jump = (event: MouseEvent<HTMLAnchorElement>, targetId: string) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    // A group (fieldset) hands focus to its first control.
    const focusable = target.matches('input, select, textarea, button')
      ? target
      : target.querySelector<HTMLElement>('input, select, textarea, button');
    (focusable ?? target).focus();
    target.scrollIntoView({ block: 'center' });
  };

  return (
    <section
      ref={ref}
      className="kern-alert kern-alert--danger lp-error-summary"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="kern-alert__header">
        <Icon name="danger" />
        <h2 className="kern-title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('errorSummary.count', { count })}</p>
        <ul className="lp-error-summary__list">
          {errors.map((error) => (
            <li key={`${error.targetId}:${error.message}`}>
              <a
                className="kern-link"
                href={`#${error.targetId}`}
                onClick={(event) => jump(event, error.targetId)}
              >
                {error.label}: {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
