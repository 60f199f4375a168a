import { useTranslation } from 'react-i18next';
import { cx } from '@/lib/cx';

export interface LoaderProps {
  /** What is loading, e.g. "Strategie wird geladen …"; defaults to "Wird geladen …". */
  label?: string;
  className?: string;
}

/** KERN loader (`kern-loader`) with its text visible and announced politely (`role="status"`). */
export function Loader({ label, className }: LoaderProps) {
  const { t } = useTranslation('common');
  return (
    <div role="status" className={cx('lp-loader', className)}>
      <span className="kern-loader kern-loader--visible" aria-hidden="true" />
      <span className="kern-body">{label ?? t('status.loading')}</span>
    </div>
  );
}
