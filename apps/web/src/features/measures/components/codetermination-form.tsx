import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  codeterminationInputSchema,
  codeterminationRelevanceSchema,
  codeterminationResultSchema,
  toFieldErrors,
  type CodeterminationInput,
  type FieldError,
  type Measure,
} from '@leitplanken/shared';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Fieldset } from '@/components/ui/fieldset';
import { Select } from '@/components/ui/select';
import { TextInput } from '@/components/ui/text-input';
import { Textarea } from '@/components/ui/textarea';
import { ApiRequestError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/error-message';
import { useLanguage } from '@/lib/use-language';

const TEXT_FIELDS = [
  'legalBasis',
  'informedOn',
  'discussedOn',
  'consentRequestedOn',
  'deadlineOn',
  'decidedOn',
  'agreementTitle',
  'agreementNumber',
  'agreementValidFrom',
  'agreementValidUntil',
  'position',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Values = Record<TextField, string> & { relevance: string; result: string; pilot: boolean };

function valuesOf(measure: Measure): Values {
  const c = measure.codetermination;
  const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, c?.[f] ?? ''])) as Record<
    TextField,
    string
  >;
  return {
    ...texts,
    relevance: c?.relevance ?? 'to_check',
    result: c?.result ?? '',
    pilot: c?.pilot ?? false,
  };
}

function bodyOf(values: Values, version: number): CodeterminationInput {
  const texts = Object.fromEntries(
    TEXT_FIELDS.map((f) => [f, values[f].trim() === '' ? null : values[f].trim()]),
  );
  return {
    version,
    ...texts,
    relevance: values.relevance as CodeterminationInput['relevance'],
    result: values.result === '' ? null : (values.result as CodeterminationInput['result']),
    pilot: values.pilot,
  };
}

const DATE_FIELDS: readonly TextField[] = [
  'informedOn',
  'discussedOn',
  'consentRequestedOn',
  'deadlineOn',
  'decidedOn',
];

/**
 * The staff council's record of its participation (PUT, whole record, with the version). The
 * position is editable for the staff council and admins; others see it read-only.
 */
export function CodeterminationForm({
  measure,
  canWritePosition,
  save,
  onSaved,
}: {
  measure: Measure;
  canWritePosition: boolean;
  save: (body: CodeterminationInput) => Promise<Measure>;
  onSaved: (measure: Measure) => void;
}) {
  const { t } = useTranslation('measures');
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState(() => valuesOf(measure));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const id = (field: string) => `codetermination-${field}`;
  const messageOf = (e: FieldError) => (language === 'en' && e.messageEn ? e.messageEn : e.message);
  const errorAt = (field: string) => {
    const e = errors.find((x) => x.field === field);
    return e ? messageOf(e) : undefined;
  };
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const text = (field: TextField) => ({
    id: id(field),
    value: values[field],
    onChange: (event: { target: { value: string } }) => set({ [field]: event.target.value }),
    error: errorAt(field),
    optional: true,
    required: false,
  });
  const labelOf = (field: string) =>
    field === 'version' ? t('fields.version') : t(`codetermination.${field}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const body = bodyOf(values, measure.version);
    const parsed = codeterminationInputSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues));
      setAttempts((n) => n + 1);
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      onSaved(await save(body));
    } catch (error) {
      if (error instanceof ApiRequestError && error.fields.length > 0) {
        setErrors(error.fields);
        setAttempts((n) => n + 1);
      } else {
        setFailure(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="lp-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary
        title={t('codetermination.errorTitle')}
        focusKey={attempts}
        errors={errors.map((e) => ({
          targetId: id(e.field),
          label: labelOf(e.field),
          message: messageOf(e),
        }))}
      />
      {failure !== null && (
        <Alert variant="danger" title={t('codetermination.errorTitle')}>
          <p className="kern-body">{errorMessage(failure)}</p>
        </Alert>
      )}
      <Select
        id={id('relevance')}
        label={t('codetermination.relevance')}
        value={values.relevance}
        onChange={(event) => set({ relevance: event.target.value })}
        options={codeterminationRelevanceSchema.options.map((r) => ({
          value: r,
          label: t(`enums.relevance.${r}`),
        }))}
        error={errorAt('relevance')}
      />
      <TextInput label={t('codetermination.legalBasis')} {...text('legalBasis')} />
      <Fieldset legend={t('codetermination.dates')}>
        <div className="lp-form__row lp-form__row--wrap">
          {DATE_FIELDS.map((field) => (
            <TextInput
              key={field}
              type="date"
              label={t(`codetermination.${field}`)}
              {...text(field)}
            />
          ))}
        </div>
      </Fieldset>
      <Select
        id={id('result')}
        label={t('codetermination.result')}
        value={values.result}
        onChange={(event) => set({ result: event.target.value })}
        placeholder={t('codetermination.resultNone')}
        options={codeterminationResultSchema.options.map((r) => ({
          value: r,
          label: t(`enums.result.${r}`),
        }))}
        error={errorAt('result')}
        optional
        required={false}
      />
      <Checkbox
        id={id('pilot')}
        label={t('codetermination.pilot')}
        checked={values.pilot}
        onChange={(event) => set({ pilot: event.target.checked })}
      />
      <Fieldset legend={t('codetermination.agreement')}>
        <TextInput label={t('codetermination.agreementTitle')} {...text('agreementTitle')} />
        <div className="lp-form__row">
          <TextInput label={t('codetermination.agreementNumber')} {...text('agreementNumber')} />
          <TextInput
            type="date"
            label={t('codetermination.agreementValidFrom')}
            {...text('agreementValidFrom')}
          />
          <TextInput
            type="date"
            label={t('codetermination.agreementValidUntil')}
            {...text('agreementValidUntil')}
          />
        </div>
      </Fieldset>
      <Textarea
        label={t('codetermination.position')}
        rows={5}
        readOnly={!canWritePosition}
        hint={canWritePosition ? undefined : t('codetermination.positionReadOnly')}
        {...text('position')}
      />
      <div className="lp-actions">
        <Button type="submit" icon="check" disabled={saving}>
          {saving ? t('form.saving') : t('codetermination.save')}
        </Button>
        <ButtonLink to={`/massnahmen/${measure.id}`} variant="tertiary">
          {t('form.cancel')}
        </ButtonLink>
      </div>
    </form>
  );
}
