import { useTranslation } from 'react-i18next';
import { setLanguage } from '@/lib/i18n';
import { LANGUAGES, type Language } from '@/lib/locale';
import { useLanguage } from '@/lib/use-language';
import { cx } from '@/lib/cx';

/**
 * DE/EN toggle; the choice is remembered (localStorage) and sets `<html lang>`. The buttons say
 * "Deutsch" and "English" in full (each in its own language) rather than "DE"/"EN", so the
 * visible label and the accessible name are the same (WCAG 2.5.3).
 */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const current = useLanguage();
  const choose = (language: Language) => {
    if (language !== current) void setLanguage(language);
  };
  return (
    <div className="lp-language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className={cx(
            'kern-btn',
            'kern-btn--x-small',
            language === current ? 'kern-btn--primary' : 'kern-btn--tertiary',
          )}
          aria-pressed={language === current}
          onClick={() => choose(language)}
        >
          <span className="kern-label">{t(`language.${language}`)}</span>
        </button>
      ))}
    </div>
  );
}
