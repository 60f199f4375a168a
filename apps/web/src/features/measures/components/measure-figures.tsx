import { useTranslation } from 'react-i18next';
import type { Measure } from '@leitplanken/shared';
import { Progress } from '@/components/ui/progress';
import { useFormat, useLanguage } from '@/lib/use-language';
import { HealthBadge } from './measure-badges';

/**
 * Progress, expected progress, health and "hinter Plan", each with the rule's own explanation
 * ("Wie wird das berechnet?"), as computed by the shared rules on the server.
 */
export function MeasureFigures({ measure }: { measure: Measure }) {
  const { t } = useTranslation('measures');
  const format = useFormat();
  const language = useLanguage();
  const explain = (e: { message: string; messageEn: string }) =>
    language === 'en' ? e.messageEn : e.message;
  const expected = measure.expectedProgress.value;
  return (
    <div className="lp-figures">
      <div className="lp-figure">
        <Progress label={t('page.progress')} value={measure.progress.value} />
        <p className="kern-body kern-body--small">{explain(measure.progress.explanation)}</p>
      </div>
      <div className="lp-figure">
        <p className="kern-label">{t('page.expected')}</p>
        <p className="kern-body kern-body--bold">
          {expected === null ? t('page.expectedNone') : format.percent(expected)}
          {' · '}
          {measure.behindPlan.value ? t('page.behindPlan') : t('page.onPlan')}
        </p>
        <p className="kern-body kern-body--small">
          {explain(measure.expectedProgress.explanation)} {explain(measure.behindPlan.explanation)}
        </p>
      </div>
      <div className="lp-figure">
        <p className="kern-label">{t('page.health')}</p>
        <p className="kern-body">
          <HealthBadge health={measure.health.value} />
        </p>
        <p className="kern-body kern-body--small">{explain(measure.health.explanation)}</p>
      </div>
    </div>
  );
}
