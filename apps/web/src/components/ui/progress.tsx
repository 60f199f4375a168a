import { useId, type ReactNode } from 'react';
import { useFormat } from '@/lib/use-language';
import { cx } from '@/lib/cx';

export interface ProgressProps {
  /** What is measured, e.g. "Fortschritt Ziel 1". */
  label: ReactNode;
  /** 0–100. */
  value: number;
  /** Shown instead of the percentage, e.g. "3 von 4 Meilensteinen". */
  valueText?: string;
  /** Hide the label visually (it stays the accessible name). */
  hideLabel?: boolean;
  className?: string;
}

/** KERN progress bar (`kern-progress`) with the value always written out, never by length alone. */
export function Progress({ label, value, valueText, hideLabel = false, className }: ProgressProps) {
  const id = useId();
  const format = useFormat();
  const clamped = Math.min(100, Math.max(0, value));
  const text = valueText ?? format.percent(clamped);
  return (
    <div className={cx('kern-progress', 'lp-progress', className)}>
      <div className="lp-progress__text">
        <span id={`${id}-label`} className={cx('kern-label', hideLabel && 'kern-sr-only')}>
          {label}
        </span>
        <span className="kern-body kern-body--bold" aria-hidden="true">
          {text}
        </span>
      </div>
      <progress value={clamped} max={100} aria-labelledby={`${id}-label`} aria-valuetext={text}>
        {text}
      </progress>
    </div>
  );
}
