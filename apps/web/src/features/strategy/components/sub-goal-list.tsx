import { useTranslation } from 'react-i18next';
import type { Goal } from '@leitplanken/shared';

/** The sub-goals (Leitplanken) of one goal, each with its code (1.1 …) and verbatim text. */
export function SubGoalList({ goal }: { goal: Goal }) {
  const { t } = useTranslation('strategy');
  if (goal.subGoals.length === 0) {
    return <p className="kern-body kern-body--muted">{t('goals.noSubGoals')}</p>;
  }
  return (
    <ul className="lp-subgoal-list" aria-label={t('goals.subGoalsLabel', { number: goal.number })}>
      {goal.subGoals.map((subGoal) => (
        <li key={subGoal.id} className="lp-subgoal">
          <span className="lp-subgoal__code">
            <span className="kern-sr-only">{t('goals.subGoal')} </span>
            {subGoal.code}
          </span>
          <span className="kern-body lp-subgoal__text" lang="de">
            {subGoal.text}
          </span>
        </li>
      ))}
    </ul>
  );
}
