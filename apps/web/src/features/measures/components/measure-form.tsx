import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  measureKindSchema,
  measureStatusSchema,
  prioritySchema,
  type CreateMeasureInput,
  type Department,
  type FieldError,
  type FieldOfAction,
  type Goal,
  type Measure,
  type UpdateMeasureInput,
} from '@leitplanken/shared';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { RadioGroup } from '@/components/ui/radio-group';
import { Select } from '@/components/ui/select';
import { TextInput } from '@/components/ui/text-input';
import { Textarea } from '@/components/ui/textarea';
import { ApiRequestError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/error-message';
import { useLanguage } from '@/lib/use-language';
import { AssessmentFields } from './assessment-fields';
import { ChannelFields } from './channel-fields';
import { MilestoneFields } from './milestone-fields';
import {
  fieldId,
  measureBody,
  validateMeasure,
  type FieldTarget,
  type MeasureFormValues,
} from './measure-form-values';

export interface MeasureFormProps {
  initial: MeasureFormValues;
  /** The version the form was loaded with; null when creating. */
  version: number | null;
  goals: readonly Goal[];
  departments: readonly Department[];
  fieldsOfAction: readonly FieldOfAction[];
  /** A department head's own department: the only one offered. */
  ownDepartmentId: string | null;
  /** Sends the body (POST or PATCH); the API's errors come back as ApiRequestError. */
  save: (body: CreateMeasureInput | UpdateMeasureInput) => Promise<Measure>;
  onSaved: (measure: Measure) => void;
  /** Where "Abbrechen" leads. */
  cancelTo: string;
  /** Reloads the measure after a 409 (someone else changed it). */
  onReload?: () => void;
}

interface ShownError {
  field: FieldError;
  target: FieldTarget;
}

/**
 * Create or edit a measure. Validation runs in the browser with the API's own zod schemas (the
 * same German messages), first on submit and then with every change; the error summary above
 * the form links to each field and takes focus after a failed submit. The API's answer (400
 * with fields, 409 version conflict) is shown the same way.
 */
export function MeasureForm({
  initial,
  version,
  goals,
  departments,
  fieldsOfAction,
  ownDepartmentId,
  save,
  onSaved,
  cancelTo,
  onReload,
}: MeasureFormProps) {
  const { t } = useTranslation('measures');
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  const formId = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);
  const validated = useRef(false);
  const codes = useMemo(() => goals.flatMap((g) => g.subGoals.map((s) => s.code)), [goals]);

  const check = (next: MeasureFormValues): ShownError[] => {
    const result = validateMeasure(next, codes, version);
    return result.ok
      ? []
      : result.errors.map((field) => ({ field, target: result.target(field.field) }));
  };

  const change = (patch: Partial<MeasureFormValues>) => {
    setValues((previous) => {
      const next = { ...previous, ...patch };
      if (validated.current) setErrors(check(next));
      return next;
    });
  };

  const messageOf = (e: FieldError) => (language === 'en' && e.messageEn ? e.messageEn : e.message);
  const errorAt = useMemo(() => {
    const map = new Map<string, string>();
    for (const e of errors) if (!map.has(e.target.id)) map.set(e.target.id, messageOf(e.field));
    return (id: string) => map.get(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- messageOf depends on language only
  }, [errors, language]);

  const summary: SummaryError[] = errors.map((e) => {
    const labelValues = { ...e.target.label.values };
    if (typeof labelValues.channel === 'string') {
      labelValues.channel = t(`enums.channel.${labelValues.channel}`);
    }
    return {
      targetId: e.target.id,
      label: t(e.target.label.key, labelValues),
      message: messageOf(e.field),
    };
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    validated.current = true;
    setFailure(null);
    setConflictVersion(null);
    const result = validateMeasure(values, codes, version);
    if (!result.ok) {
      setErrors(result.errors.map((field) => ({ field, target: result.target(field.field) })));
      setAttempts((n) => n + 1);
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      onSaved(await save(result.body));
    } catch (error) {
      if (error instanceof ApiRequestError && error.fields.length > 0) {
        const { target } = measureBody(values, codes);
        setErrors(error.fields.map((field) => ({ field, target: target(field.field) })));
        setAttempts((n) => n + 1);
      } else if (error instanceof ApiRequestError && error.statusCode === 409) {
        const current = error.body.details?.currentVersion;
        setConflictVersion(typeof current === 'number' ? current : 0);
      } else {
        setFailure(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const departmentOptions = departments
    .filter((d) =>
      ownDepartmentId ? d.id === ownDepartmentId : d.active || d.id === values.departmentId,
    )
    .map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }));
  const fieldOptions = fieldsOfAction
    .filter((f) => f.active || f.id === values.fieldOfActionId)
    .map((f) => ({ value: f.id, label: f.name }));
  const text = (name: keyof MeasureFormValues) => ({
    id: fieldId(name),
    name,
    value: values[name] as string,
    error: errorAt(fieldId(name)),
    onChange: (event: { target: { value: string } }) =>
      change({ [name]: event.target.value } as Partial<MeasureFormValues>),
  });
  const optional = { optional: true, required: false } as const;

  return (
    <form id="measure-form" className="lp-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={summary} title={t('form.errorTitle')} focusKey={attempts} />
      {conflictVersion !== null && (
        <Alert variant="warning" title={t('form.conflictTitle')} role="alert">
          <p className="kern-body">{t('form.conflictText', { version: conflictVersion })}</p>
          {onReload && (
            <Button variant="secondary" onClick={onReload}>
              {t('form.reload')}
            </Button>
          )}
        </Alert>
      )}
      {failure !== null && (
        <Alert variant="danger" title={t('form.errorTitle')}>
          <p className="kern-body">{errorMessage(failure)}</p>
        </Alert>
      )}

      <section className="lp-form__section" aria-labelledby={`${formId}-basics`}>
        <h2 className="kern-heading-medium" id={`${formId}-basics`}>
          {t('form.sections.basics')}
        </h2>
        <TextInput
          label={t('fields.title')}
          hint={t('hints.title')}
          maxLength={250}
          {...text('title')}
        />
        <Textarea label={t('fields.description')} rows={5} {...optional} {...text('description')} />
        <Select
          label={t('fields.departmentId')}
          hint={ownDepartmentId ? t('hints.departmentOwn') : undefined}
          placeholder={ownDepartmentId ? undefined : t('form.choose')}
          options={departmentOptions}
          {...text('departmentId')}
        />
        <TextInput
          label={t('fields.responsiblePerson')}
          {...optional}
          {...text('responsiblePerson')}
        />
        <Select
          label={t('fields.fieldOfActionId')}
          placeholder={t('form.none')}
          options={fieldOptions}
          {...optional}
          {...text('fieldOfActionId')}
        />
        <Select
          label={t('fields.status')}
          options={measureStatusSchema.options.map((s) => ({
            value: s,
            label: t(`enums.status.${s}`),
          }))}
          {...text('status')}
        />
        <Select
          label={t('fields.priority')}
          options={prioritySchema.options.map((p) => ({
            value: p,
            label: t(`enums.priority.${p}`),
          }))}
          {...text('priority')}
        />
        <Checkbox
          id={fieldId('public')}
          label={t('fields.public')}
          hint={t('hints.public')}
          checked={values.public}
          onChange={(event) => change({ public: event.target.checked })}
          error={errorAt(fieldId('public'))}
        />
      </section>

      <section className="lp-form__section" aria-labelledby={`${formId}-kind`}>
        <h2 className="kern-heading-medium" id={`${formId}-kind`}>
          {t('form.sections.kind')}
        </h2>
        <RadioGroup
          id={fieldId('kind')}
          legend={t('fields.kind')}
          name="kind"
          value={values.kind}
          options={measureKindSchema.options.map((k) => ({
            value: k,
            label: t(`enums.kind.${k}`),
          }))}
          onChange={(kind) => change({ kind })}
          error={errorAt(fieldId('kind'))}
        />
        {values.kind !== 'voluntary' && (
          <TextInput
            label={t('fields.legalBasis')}
            hint={t('hints.legalBasis')}
            {...(values.kind === 'legal_obligation' ? {} : optional)}
            {...text('legalBasis')}
          />
        )}
        {values.kind === 'legal_obligation' && (
          <TextInput
            type="date"
            label={t('fields.legalDeadline')}
            hint={t('hints.legalDeadline')}
            {...optional}
            {...text('legalDeadline')}
          />
        )}
      </section>

      <section className="lp-form__section" aria-labelledby={`${formId}-schedule`}>
        <h2 className="kern-heading-medium" id={`${formId}-schedule`}>
          {t('form.sections.schedule')}
        </h2>
        <div className="lp-form__row">
          <TextInput
            type="date"
            label={t('fields.plannedStart')}
            {...optional}
            {...text('plannedStart')}
          />
          <TextInput
            type="date"
            label={t('fields.plannedEnd')}
            {...optional}
            {...text('plannedEnd')}
          />
        </div>
        <div className="lp-form__row">
          <TextInput
            type="date"
            label={t('fields.actualStart')}
            {...optional}
            {...text('actualStart')}
          />
          <TextInput
            type="date"
            label={t('fields.actualEnd')}
            {...optional}
            {...text('actualEnd')}
          />
        </div>
      </section>

      <section className="lp-form__section" aria-labelledby={`${formId}-budget`}>
        <h2 className="kern-heading-medium" id={`${formId}-budget`}>
          {t('form.sections.budget')}
        </h2>
        <div className="lp-form__row">
          <TextInput
            label={t('fields.budgetPlanned')}
            hint={t('hints.amount')}
            inputMode="decimal"
            {...optional}
            {...text('budgetPlanned')}
          />
          <TextInput
            label={t('fields.budgetSpent')}
            hint={t('hints.amount')}
            inputMode="decimal"
            {...optional}
            {...text('budgetSpent')}
          />
        </div>
        <div className="lp-form__row">
          <TextInput
            label={t('fields.fundingProgramme')}
            {...optional}
            {...text('fundingProgramme')}
          />
          <TextInput
            label={t('fields.fundingAmount')}
            hint={t('hints.amount')}
            inputMode="decimal"
            {...optional}
            {...text('fundingAmount')}
          />
        </div>
      </section>

      <AssessmentFields
        goals={goals}
        values={values.assessments}
        errorAt={errorAt}
        onChange={(assessments) => change({ assessments })}
      />
      <MilestoneFields
        values={values.milestones}
        errorAt={errorAt}
        onChange={(milestones) => change({ milestones })}
      />
      <ChannelFields
        values={values.channels}
        errorAt={errorAt}
        onChange={(channels) => change({ channels })}
      />

      <div className="lp-actions">
        <Button type="submit" disabled={saving} icon="check">
          {saving ? t('form.saving') : version === null ? t('form.create') : t('form.save')}
        </Button>
        <ButtonLink to={cancelTo} variant="tertiary">
          {t('form.cancel')}
        </ButtonLink>
      </div>
    </form>
  );
}
