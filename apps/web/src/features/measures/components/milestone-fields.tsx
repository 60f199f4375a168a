import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Fieldset } from '@/components/ui/fieldset';
import { TextInput } from '@/components/ui/text-input';
import { milestoneId, newMilestone, type MilestoneValue } from './measure-form-values';

/**
 * The milestones, in order. Adding one moves focus to its name; removing one moves focus to the
 * "add" button, so keyboard users never lose their place.
 */
export function MilestoneFields({
  values,
  errorAt,
  onChange,
}: {
  values: readonly MilestoneValue[];
  errorAt: (id: string) => string | undefined;
  onChange: (values: MilestoneValue[]) => void;
}) {
  const { t } = useTranslation('measures');
  const headingId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'last' | 'add' | null>(null);

  useEffect(() => {
    if (focusNext.current === 'last' && values.length > 0) {
      document.getElementById(milestoneId(values.length - 1, 'title'))?.focus();
    } else if (focusNext.current === 'add') {
      addRef.current?.focus();
    }
    focusNext.current = null;
  }, [values.length]);

  const set = (index: number, patch: Partial<MilestoneValue>) =>
    onChange(values.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  const optional = { optional: true, required: false } as const;

  return (
    <section className="lp-form__section" aria-labelledby={headingId}>
      <h2 className="kern-heading-medium" id={headingId}>
        {t('form.sections.milestones')}
      </h2>
      <p className="kern-body lp-section__intro">{t('form.milestonesIntro')}</p>
      {values.length === 0 && <p className="kern-body">{t('form.noMilestones')}</p>}
      <ol className="lp-milestone-list">
        {values.map((m, i) => (
          <li key={m.key}>
            <Fieldset legend={t('form.milestoneLegend', { n: i + 1 })} className="lp-milestone">
              <TextInput
                id={milestoneId(i, 'title')}
                label={t('form.milestone.title')}
                value={m.title}
                onChange={(event) => set(i, { title: event.target.value })}
                error={errorAt(milestoneId(i, 'title'))}
              />
              <div className="lp-form__row">
                <TextInput
                  id={milestoneId(i, 'dueOn')}
                  type="date"
                  label={t('form.milestone.dueOn')}
                  value={m.dueOn}
                  onChange={(event) => set(i, { dueOn: event.target.value })}
                  error={errorAt(milestoneId(i, 'dueOn'))}
                  {...optional}
                />
                <TextInput
                  id={milestoneId(i, 'doneOn')}
                  type="date"
                  label={t('form.milestone.doneOn')}
                  value={m.doneOn}
                  onChange={(event) => set(i, { doneOn: event.target.value })}
                  error={errorAt(milestoneId(i, 'doneOn'))}
                  {...optional}
                />
                <TextInput
                  id={milestoneId(i, 'weight')}
                  label={t('form.milestone.weight')}
                  inputMode="decimal"
                  value={m.weight}
                  onChange={(event) => set(i, { weight: event.target.value })}
                  error={errorAt(milestoneId(i, 'weight'))}
                  className="lp-input--short"
                />
              </div>
              <Button
                variant="tertiary"
                icon="delete"
                onClick={() => {
                  focusNext.current = 'add';
                  onChange(values.filter((_, j) => j !== i));
                }}
              >
                {t('form.removeMilestone', { n: i + 1 })}
              </Button>
            </Fieldset>
          </li>
        ))}
      </ol>
      <Button
        ref={addRef}
        variant="secondary"
        icon="add"
        onClick={() => {
          focusNext.current = 'last';
          onChange([...values, newMilestone()]);
        }}
      >
        {t('form.addMilestone')}
      </Button>
    </section>
  );
}
