import {
  channelSchema,
  createMeasureSchema,
  toFieldErrors,
  updateMeasureSchema,
  type Channel,
  type CreateMeasureInput,
  type FieldError,
  type Measure,
  type MeasureKind,
  type MeasureStatus,
  type Priority,
  type Rating,
  type UpdateMeasureInput,
} from '@leitplanken/shared';
import type { Language } from '@/lib/locale';

/** What the measure form holds: strings as typed, one entry per sub-goal and channel. */
export interface AssessmentValue {
  /** '' = not assessed. */
  rating: Rating | '';
  justification: string;
  requestException: boolean;
}

export interface MilestoneValue {
  /** Stable React key for the row. */
  key: string;
  title: string;
  dueOn: string;
  doneOn: string;
  weight: string;
}

export interface ChannelValue {
  before: boolean;
  after: boolean;
}

export interface MeasureFormValues {
  title: string;
  description: string;
  departmentId: string;
  responsiblePerson: string;
  status: MeasureStatus;
  kind: MeasureKind;
  legalBasis: string;
  legalDeadline: string;
  fieldOfActionId: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  budgetPlanned: string;
  budgetSpent: string;
  fundingProgramme: string;
  fundingAmount: string;
  priority: Priority;
  public: boolean;
  assessments: Record<string, AssessmentValue>;
  milestones: MilestoneValue[];
  channels: Record<Channel, ChannelValue>;
}

export const CHANNELS: readonly Channel[] = channelSchema.options;

let milestoneKeys = 0;
export function newMilestone(): MilestoneValue {
  milestoneKeys += 1;
  return { key: `m${milestoneKeys}`, title: '', dueOn: '', doneOn: '', weight: '1' };
}

function noChannels(): Record<Channel, ChannelValue> {
  return Object.fromEntries(CHANNELS.map((c) => [c, { before: false, after: false }])) as Record<
    Channel,
    ChannelValue
  >;
}

function notAssessed(codes: readonly string[]): Record<string, AssessmentValue> {
  return Object.fromEntries(
    codes.map((code) => [code, { rating: '', justification: '', requestException: false }]),
  );
}

export function emptyMeasureValues(
  subGoalCodes: readonly string[],
  departmentId = '',
): MeasureFormValues {
  return {
    title: '',
    description: '',
    departmentId,
    responsiblePerson: '',
    status: 'planned',
    kind: 'voluntary',
    legalBasis: '',
    legalDeadline: '',
    fieldOfActionId: '',
    plannedStart: '',
    plannedEnd: '',
    actualStart: '',
    actualEnd: '',
    budgetPlanned: '',
    budgetSpent: '',
    fundingProgramme: '',
    fundingAmount: '',
    priority: 'medium',
    public: false,
    assessments: notAssessed(subGoalCodes),
    milestones: [],
    channels: noChannels(),
  };
}

/** An amount as the user would type it in the UI language: "12500,5" / "12500.5". */
export function amountText(value: number | null, language: Language): string {
  if (value === null) return '';
  const text = String(value);
  return language === 'de' ? text.replace('.', ',') : text;
}

/**
 * A typed amount as a number: "12.500,50" and "12500,5" (German) or "12,500.50" and "12500.5"
 * (English); '' → null; anything else → NaN, which the schema then reports as "Zahl erwartet".
 */
export function parseAmount(text: string): number | null {
  const raw = text.trim().replace(/[\s\u00a0\u202f€]/g, '');
  if (raw === '') return null;
  let normalised = raw;
  if (raw.includes(',') && raw.includes('.')) {
    // The later separator is the decimal one.
    normalised =
      raw.lastIndexOf(',') > raw.lastIndexOf('.')
        ? raw.replace(/\./g, '').replace(',', '.')
        : raw.replace(/,/g, '');
  } else if (raw.includes(',')) {
    normalised = raw.replace(',', '.');
  }
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

export function measureValuesOf(
  m: Measure,
  subGoalCodes: readonly string[],
  language: Language,
): MeasureFormValues {
  const assessments = notAssessed(subGoalCodes);
  for (const a of m.assessments) {
    assessments[a.subGoalCode] = {
      rating: a.rating,
      justification: a.justification ?? '',
      requestException: a.exception.status === 'requested',
    };
  }
  const channels = noChannels();
  for (const c of m.channels) {
    channels[c.channel] = { before: c.availableBefore, after: c.availableAfter };
  }
  return {
    title: m.title,
    description: m.description ?? '',
    departmentId: m.departmentId,
    responsiblePerson: m.responsiblePerson ?? '',
    status: m.status,
    kind: m.kind,
    legalBasis: m.legalBasis ?? '',
    legalDeadline: m.legalDeadline ?? '',
    fieldOfActionId: m.fieldOfActionId ?? '',
    plannedStart: m.plannedStart ?? '',
    plannedEnd: m.plannedEnd ?? '',
    actualStart: m.actualStart ?? '',
    actualEnd: m.actualEnd ?? '',
    budgetPlanned: amountText(m.budgetPlanned, language),
    budgetSpent: amountText(m.budgetSpent, language),
    fundingProgramme: m.fundingProgramme ?? '',
    fundingAmount: amountText(m.fundingAmount, language),
    priority: m.priority,
    public: m.public,
    assessments,
    milestones: m.milestones.map((ms) => ({
      ...newMilestone(),
      title: ms.title,
      dueOn: ms.dueOn ?? '',
      doneOn: ms.doneOn ?? '',
      weight: amountText(ms.weight, language),
    })),
    channels,
  };
}

/** Where an API field path is shown: the id of its control, and what to call it. */
export interface FieldTarget {
  /** Id of the control (or fieldset) in the form. */
  id: string;
  /** Translation key (namespace `measures`) of the field's name, with its values. */
  label: { key: string; values?: Record<string, string | number> };
}

const slug = (code: string) => code.replace(/\./g, '-');

export function assessmentId(code: string, part: 'rating' | 'justification' | 'requestException') {
  return `assessment-${slug(code)}-${part}`;
}
export function milestoneId(index: number, part: 'title' | 'dueOn' | 'doneOn' | 'weight') {
  return `milestone-${index}-${part}`;
}
export function channelId(channel: Channel) {
  return `channel-${channel}`;
}
export function fieldId(name: string) {
  return `measure-${name}`;
}

const MILESTONE_LABELS = {
  title: 'fields.milestoneTitle',
  dueOn: 'fields.milestoneDueOn',
  doneOn: 'fields.milestoneDoneOn',
  weight: 'fields.milestoneWeight',
} as const;

export interface MeasureBody {
  body: CreateMeasureInput;
  /** Field path of the API (e.g. `assessments.2.justification`) → where it is in the form. */
  target: (path: string) => FieldTarget;
}

/** The request body for the form's values; nested lists contain what the user filled in. */
export function measureBody(
  values: MeasureFormValues,
  subGoalCodes: readonly string[],
): MeasureBody {
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  const day = (s: string) => (s === '' ? null : s);
  const legal = values.kind === 'legal_obligation';

  const assessedCodes = subGoalCodes.filter((code) => values.assessments[code]?.rating);
  const assessments = assessedCodes.map((code) => {
    const a = values.assessments[code]!;
    return {
      subGoalCode: code,
      rating: a.rating as Rating,
      justification: text(a.justification),
      ...(a.rating === 'conflicts' ? { requestException: a.requestException } : {}),
    };
  });
  const usedChannels = CHANNELS.filter(
    (c) => values.channels[c].before || values.channels[c].after,
  );

  const body: CreateMeasureInput = {
    title: values.title,
    description: text(values.description),
    departmentId: values.departmentId,
    responsiblePerson: text(values.responsiblePerson),
    status: values.status,
    kind: values.kind,
    legalBasis: values.kind === 'voluntary' ? null : text(values.legalBasis),
    legalDeadline: legal ? day(values.legalDeadline) : null,
    fieldOfActionId: values.fieldOfActionId === '' ? null : values.fieldOfActionId,
    plannedStart: day(values.plannedStart),
    plannedEnd: day(values.plannedEnd),
    actualStart: day(values.actualStart),
    actualEnd: day(values.actualEnd),
    budgetPlanned: parseAmount(values.budgetPlanned),
    budgetSpent: parseAmount(values.budgetSpent),
    fundingProgramme: text(values.fundingProgramme),
    fundingAmount: parseAmount(values.fundingAmount),
    priority: values.priority,
    public: values.public,
    assessments,
    milestones: values.milestones.map((m) => ({
      title: m.title,
      dueOn: day(m.dueOn),
      doneOn: day(m.doneOn),
      weight: parseAmount(m.weight) ?? undefined,
    })),
    channels: usedChannels.map((channel) => ({
      channel,
      availableBefore: values.channels[channel].before,
      availableAfter: values.channels[channel].after,
    })),
  };

  const target = (path: string): FieldTarget => {
    const [head, index, part] = path.split('.');
    const i = Number(index);
    if (head === 'assessments' && Number.isInteger(i)) {
      const code = assessedCodes[i] ?? subGoalCodes[0] ?? '';
      const which = part === 'justification' || part === 'requestException' ? part : 'rating';
      return { id: assessmentId(code, which), label: { key: `fields.${which}`, values: { code } } };
    }
    if (head === 'milestones' && Number.isInteger(i)) {
      const which = part === 'dueOn' || part === 'doneOn' || part === 'weight' ? part : 'title';
      return {
        id: milestoneId(i, which),
        label: { key: MILESTONE_LABELS[which], values: { n: i + 1 } },
      };
    }
    if (head === 'channels' && Number.isInteger(i)) {
      const channel = usedChannels[i] ?? 'online';
      return { id: channelId(channel), label: { key: 'fields.channel', values: { channel } } };
    }
    const name = head && head in values ? head : 'form';
    return {
      id: name === 'form' ? 'measure-form' : fieldId(name),
      label: { key: `fields.${name}` },
    };
  };
  return { body, target };
}

export type MeasureValidation =
  | { ok: true; body: CreateMeasureInput | UpdateMeasureInput }
  | { ok: false; errors: FieldError[]; target: MeasureBody['target'] };

/**
 * Inline validation with the very schemas the API uses: create (no version) or update (with the
 * version the form was loaded with). Errors come as the API would send them.
 */
export function validateMeasure(
  values: MeasureFormValues,
  subGoalCodes: readonly string[],
  version: number | null,
): MeasureValidation {
  const { body, target } = measureBody(values, subGoalCodes);
  const full = version === null ? body : { ...body, version };
  const result =
    version === null ? createMeasureSchema.safeParse(full) : updateMeasureSchema.safeParse(full);
  if (result.success) return { ok: true, body: full };
  return { ok: false, errors: toFieldErrors(result.error.issues), target };
}
