import { useTranslation } from 'react-i18next';

/** First focusable element: jumps over header and navigation to `<main id="main">`. */
export function SkipLink() {
  const { t } = useTranslation('common');
  return (
    <a className="lp-skip-link" href="#main">
      {t('skipLink')}
    </a>
  );
}
