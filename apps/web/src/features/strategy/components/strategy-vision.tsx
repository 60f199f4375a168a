import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Strategy } from '@leitplanken/shared';
import { useFormat } from '@/lib/use-language';

/** Paragraphs of the Leitbild: the API keeps blank lines between them. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The Leitbild (mission statement) of a strategy, with its title and adoption date. */
export function StrategyVision({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation('strategy');
  const format = useFormat();
  const headingId = useId();
  return (
    <section className="lp-section" aria-labelledby={headingId}>
      <div className="kern-card kern-card--hug lp-vision">
        <div className="kern-card__container">
          <div className="kern-card__header">
            <p className="kern-preline">{t('vision.heading')}</p>
            <h2 className="kern-title kern-title--large" id={headingId} lang="de">
              {strategy.title}
            </h2>
            <p className="kern-subline">
              {strategy.adoptedOn
                ? t('vision.adoptedOn', { date: format.date(strategy.adoptedOn) })
                : t('vision.notAdopted')}
            </p>
          </div>
          <div className="kern-card__body">
            {/* Strategy texts are German whatever the UI language: lang="de" keeps them pronounced right. */}
            <blockquote className="lp-vision__quote" lang="de">
              {paragraphs(strategy.vision).map((paragraph, index) => (
                <p key={index} className="kern-body kern-body--large">
                  {paragraph}
                </p>
              ))}
            </blockquote>
          </div>
        </div>
      </div>
    </section>
  );
}
