import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '@leitplanken/shared';
import { SubGoalList } from './sub-goal-list';

export interface GoalCardProps {
  goal: Goal;
  /** Extra content under the title, e.g. the goal's progress and health (later features). */
  children?: ReactNode;
}

/** One strategic goal: "Ziel 1: Effizienteres Verwaltungshandeln", its description and sub-goals. */
export function GoalCard({ goal, children }: GoalCardProps) {
  const { t } = useTranslation('strategy');
  return (
    <li className="kern-card lp-goal-card">
      <div className="kern-card__container">
        <div className="kern-card__header">
          <h3 className="kern-title">
            {t('goals.goalTitle', { number: goal.number, title: goal.title })}
          </h3>
        </div>
        <div className="kern-card__body">
          {goal.description && (
            <p className="kern-body" lang="de">
              {goal.description}
            </p>
          )}
          {children}
          <SubGoalList goal={goal} />
        </div>
      </div>
    </li>
  );
}
