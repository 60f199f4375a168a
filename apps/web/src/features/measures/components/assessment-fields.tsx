import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ratingSchema, type Goal, type Rating } from '@leitplanken/shared';
import { Checkbox } from '@/components/ui/checkbox';
import { RadioGroup } from '@/components/ui/radio-group';
import { Textarea } from '@/components/ui/textarea';
import { assessmentId, type AssessmentValue } from './measure-form-values';

type Choice = Rating | 'none';

/**
 * The assessment of the measure against every sub-goal, grouped by goal: a rating per sub-goal
 * (the sub-goal's wording is the legend), and — for support or conflict — the justification;
 * for a conflict the request for an exception.
 */
export function AssessmentFields({
  goals,
  values,
  errorAt,
  onChange,
}: {
  goals: readonly Goal[];
  values: Record<string, AssessmentValue>;
  errorAt: (id: string) => string | undefined;
  onChange: (values: Record<string, AssessmentValue>) => void;
}) {
  const { t } = useTranslation('measures');
  const headingId = useId();
  const options = [...ratingSchema.options, 'none' as const].map((r) => ({
    value: r as Choice,
    label: t(`enums.rating.${r}`),
  }));
  const set = (code: string, patch: Partial<AssessmentValue>) =>
    onChange({ ...values, [code]: { ...values[code]!, ...patch } });

  return (
    <section className="lp-form__section" aria-labelledby={headingId}>
      <h2 className="kern-heading-medium" id={headingId}>
        {t('form.sections.assessments')}
      </h2>
      <p className="kern-body lp-section__intro">{t('form.assessmentsIntro')}</p>
      {goals.map((goal) => (
        <div className="lp-assessment-goal" key={goal.id}>
          <h3 className="kern-heading-small">
            {t('filters.goalOption', { number: goal.number, title: goal.title })}
          </h3>
          {goal.subGoals.map((subGoal) => {
            const value = values[subGoal.code] ?? {
              rating: '',
              justification: '',
              requestException: false,
            };
            return (
              <div className="lp-assessment" key={subGoal.code}>
                <RadioGroup<Choice>
                  id={assessmentId(subGoal.code, 'rating')}
                  legend={
                    <>
                      <span className="lp-subgoal__code">{subGoal.code}</span>{' '}
                      <span lang="de">{subGoal.text}</span>
                    </>
                  }
                  name={`rating-${subGoal.code}`}
                  value={value.rating === '' ? 'none' : value.rating}
                  options={options}
                  horizontal
                  onChange={(choice) =>
                    set(subGoal.code, { rating: choice === 'none' ? '' : choice })
                  }
                  error={errorAt(assessmentId(subGoal.code, 'rating'))}
                />
                {(value.rating === 'supports' || value.rating === 'conflicts') && (
                  <div className="lp-assessment__details">
                    <Textarea
                      id={assessmentId(subGoal.code, 'justification')}
                      label={t('fields.justification', { code: subGoal.code })}
                      rows={2}
                      value={value.justification}
                      onChange={(event) => set(subGoal.code, { justification: event.target.value })}
                      error={errorAt(assessmentId(subGoal.code, 'justification'))}
                    />
                    {value.rating === 'conflicts' && (
                      <Checkbox
                        id={assessmentId(subGoal.code, 'requestException')}
                        label={t('form.requestException')}
                        checked={value.requestException}
                        onChange={(event) =>
                          set(subGoal.code, { requestException: event.target.checked })
                        }
                        error={errorAt(assessmentId(subGoal.code, 'requestException'))}
                      />
                    )}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </section>
  );
}
