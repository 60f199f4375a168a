import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/layout/page';
import { EmptyState } from '@/components/ui/empty-state';
import { StrategyOverview } from '@/features/strategy/components/strategy-overview';

/** Cockpit: the adopted strategy at a glance; progress, health and charts join later. */
export function CockpitRoute() {
  const { t } = useTranslation('cockpit');
  const statusHeadingId = useId();
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <StrategyOverview />
      {/* Room for goal progress, health, trend, uncovered guardrails and overdue reports. */}
      <section className="lp-section" aria-labelledby={statusHeadingId}>
        <h2 className="kern-heading-large" id={statusHeadingId}>
          {t('status.heading')}
        </h2>
        <EmptyState title={t('status.placeholderTitle')}>{t('status.placeholderText')}</EmptyState>
      </section>
    </Page>
  );
}

export { CockpitRoute as Component };
