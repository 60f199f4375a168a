import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '@leitplanken/shared';
import { EmptyState } from '@/components/ui/empty-state';
import { GoalCard } from './goal-card';

export interface GoalListProps {
  goals: readonly Goal[];
  /** Per-goal extra content (progress, health …), placed in each card. */
  renderGoalExtra?: (goal: Goal) => ReactNode;
}

/** The strategic goals as cards, in goal-number order, each listing its Leitplanken. */
export function GoalList({ goals, renderGoalExtra }: GoalListProps) {
  const { t } = useTranslation('strategy');
  const headingId = useId();
  const sorted = [...goals].sort((a, b) => a.number - b.number);
  return (
    <section className="lp-section" aria-labelledby={headingId}>
      <h2 className="kern-heading-large" id={headingId}>
        {t('goals.heading')}
      </h2>
      <p className="kern-body lp-section__intro">{t('goals.intro')}</p>
      {sorted.length === 0 ? (
        <EmptyState title={t('goals.empty')} />
      ) : (
        <ul className="lp-goal-grid">
          {sorted.map((goal) => (
            <GoalCard key={goal.id} goal={goal}>
              {renderGoalExtra?.(goal)}
            </GoalCard>
          ))}
        </ul>
      )}
    </section>
  );
}
