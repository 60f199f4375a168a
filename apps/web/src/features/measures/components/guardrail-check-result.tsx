import { useTranslation } from 'react-i18next';
import type { GuardrailCheck } from '@leitplanken/shared';
import { Icon } from '@/components/ui/icon';
import { useLanguage } from '@/lib/use-language';
import { CheckBadge } from './measure-badges';

/**
 * The Leitplanken-Check of a measure: the result (icon, word, colour) and every reason in
 * words, failures first, as the shared rule reports them.
 */
export function GuardrailCheckResult({ check }: { check: GuardrailCheck }) {
  const { t } = useTranslation('measures');
  const language = useLanguage();
  return (
    <div className={`lp-check lp-check--${check.result}`}>
      <p className="kern-body kern-body--large lp-check__result">
        <span className="kern-sr-only">
          {t('check.resultLine', { result: t(`enums.check.${check.result}`) })}
        </span>
        <span aria-hidden="true">
          <CheckBadge result={check.result} />
        </span>
      </p>
      {check.reasons.length === 0 ? (
        <p className="kern-body">{t('check.noReasons')}</p>
      ) : (
        <ul className="lp-check__reasons" aria-label={t('check.reasonsHeading')}>
          {check.reasons.map((reason, i) => (
            <li
              key={`${reason.code}-${reason.subGoalCode ?? ''}-${i}`}
              className="lp-check__reason"
            >
              <Icon name={reason.severity === 'fail' ? 'danger' : 'warning'} />
              <span className="kern-body">
                {language === 'en' ? reason.messageEn : reason.message}
              </span>
            </li>
          ))}
        </ul>
      )}
      <details className="lp-explain">
        <summary className="kern-body">{t('page.howComputed')}</summary>
        <p className="kern-body kern-body--small">{t('check.rule')}</p>
      </details>
    </div>
  );
}
