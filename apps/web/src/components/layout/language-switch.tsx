import { useTranslation } from 'react-i18next';
import { setLanguage } from '@/lib/i18n';
import { LANGUAGES, type Language } from '@/lib/locale';
import { useLanguage } from '@/lib/use-language';
import { cx } from '@/lib/cx';

/** DE/EN toggle; the choice is remembered (localStorage) and sets `<html lang>`. */
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
          aria-label={t(`language.${language}`)}
          onClick={() => choose(language)}
        >
          <span className="kern-label">{language.toUpperCase()}</span>
        </button>
      ))}
    </div>
  );
}
