import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkResultSchema,
  measureHealthFilterSchema,
  measureKindSchema,
  measureSortSchema,
  measureStatusSchema,
  type Department,
  type FieldOfAction,
  type Goal,
} from '@leitplanken/shared';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { TextInput } from '@/components/ui/text-input';
import { FILTER_KEYS, type FilterKey, type FilterValues } from '../hooks/use-measure-filters';

export interface MeasureFiltersProps {
  values: FilterValues;
  onChange: (changes: FilterValues) => void;
  onReset: () => void;
  goals: readonly Goal[];
  departments: readonly Department[];
  fieldsOfAction: readonly FieldOfAction[];
  /** Which filters to offer (default: all). */
  show?: readonly FilterKey[];
}

/** Every filter a list offers; the staff-council scope, order and page are set elsewhere. */
const ALL: readonly FilterKey[] = FILTER_KEYS.filter(
  (key) => key !== 'codetermination' && key !== 'order' && key !== 'page',
);

/**
 * Search, filters and sorting of a measure list. A select applies at once (the result count
 * is announced politely); the search applies on submit.
 */
export function MeasureFilters({
  values,
  onChange,
  onReset,
  goals,
  departments,
  fieldsOfAction,
  show = ALL,
}: MeasureFiltersProps) {
  const { t } = useTranslation('measures');
  const headingId = useId();
  const shown = (key: FilterKey) => show.includes(key);
  const all = t('filters.all');
  const select = (key: FilterKey) => ({
    value: values[key] ?? '',
    onChange: (event: { target: { value: string } }) => onChange({ [key]: event.target.value }),
    required: false,
    placeholder: all,
  });
  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    onChange({ q: typeof q === 'string' ? q.trim() : '' });
  };

  const active = Object.entries(values).some(
    ([key, value]) => value && !['sort', 'order', 'page', 'pageSize'].includes(key),
  );
  return (
    <details className="lp-filters" open={defaultOpen || active}>
      <summary className="lp-filters__summary">
        <h2 className="kern-heading-small" id={headingId}>
          {t('filters.heading')}
        </h2>
      </summary>
      {/* Keyed by the applied search, so "Filter zurücksetzen" also empties the field. */}
      {shown('q') && (
        <form
          key={values.q ?? ''}
          className="lp-filters__search"
          role="search"
          onSubmit={submitSearch}
        >
          <TextInput
            label={t('filters.search')}
            type="search"
            required={false}
            defaultValue={values.q ?? ''}
            name="q"
          />
          <Button type="submit" variant="secondary" icon="search">
            {t('filters.searchButton')}
          </Button>
        </form>
      )}
      <div className="lp-filters__grid">
        {shown('goal') && (
          <Select
            label={t('filters.goal')}
            {...select('goal')}
            options={goals.map((g) => ({
              value: String(g.number),
              label: t('filters.goalOption', { number: g.number, title: g.title }),
            }))}
          />
        )}
        {shown('subGoal') && (
          <Select
            label={t('filters.subGoal')}
            {...select('subGoal')}
            options={goals.flatMap((g) =>
              g.subGoals.map((s) => ({ value: s.code, label: `${s.code} ${shorten(s.text)}` })),
            )}
          />
        )}
        {shown('department') && (
          <Select
            label={t('filters.department')}
            {...select('department')}
            options={departments.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }))}
          />
        )}
        {shown('status') && (
          <Select
            label={t('filters.status')}
            {...select('status')}
            options={measureStatusSchema.options.map((s) => ({
              value: s,
              label: t(`enums.status.${s}`),
            }))}
          />
        )}
        {shown('health') && (
          <Select
            label={t('filters.health')}
            {...select('health')}
            options={measureHealthFilterSchema.options.map((h) => ({
              value: h,
              label: t(`enums.health.${h}`),
            }))}
          />
        )}
        {shown('check') && (
          <Select
            label={t('filters.check')}
            {...select('check')}
            options={checkResultSchema.options.map((c) => ({
              value: c,
              label: t(`enums.check.${c}`),
            }))}
          />
        )}
        {shown('kind') && (
          <Select
            label={t('filters.kind')}
            {...select('kind')}
            options={measureKindSchema.options.map((k) => ({
              value: k,
              label: t(`enums.kind.${k}`),
            }))}
          />
        )}
        {shown('fieldOfAction') && (
          <Select
            label={t('filters.fieldOfAction')}
            {...select('fieldOfAction')}
            options={fieldsOfAction.map((f) => ({ value: f.id, label: f.name }))}
          />
        )}
        {shown('public') && (
          <Select
            label={t('filters.visibility')}
            {...select('public')}
            options={[
              { value: 'true', label: t('enums.visibility.true') },
              { value: 'false', label: t('enums.visibility.false') },
            ]}
          />
        )}
        {shown('sort') && (
          <Select
            label={t('filters.sort')}
            value={values.sort ?? 'updatedAt'}
            required={false}
            onChange={(event) => onChange({ sort: event.target.value, order: undefined })}
            options={measureSortSchema.options.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
          />
        )}
        {shown('sort') && (
          <Select
            label={t('filters.order')}
            {...select('order')}
            placeholder={t('filters.orderDefault')}
            options={[
              { value: 'asc', label: t('filters.asc') },
              { value: 'desc', label: t('filters.desc') },
            ]}
          />
        )}
        {shown('pageSize') && (
          <Select
            label={t('filters.pageSize')}
            value={values.pageSize ?? '25'}
            required={false}
            onChange={(event) => onChange({ pageSize: event.target.value })}
            options={['10', '25', '50', '100'].map((n) => ({ value: n, label: n }))}
          />
        )}
      </div>
      <Button variant="tertiary" icon="close" onClick={onReset}>
        {t('filters.reset')}
      </Button>
    </details>
  );
}

/** Open on wide screens; on phones the twelve filters start folded away. */
const defaultOpen =
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(min-width: 48rem)').matches
    : true;

/** Sub-goal texts are long; the select shows their start. */
function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 68)}…` : text;
}
