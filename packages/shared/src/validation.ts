import type { z } from 'zod';
import type { FieldError } from './common.schema.js';

/**
 * Field errors from zod issues, each with a German and an English message. The API's exception
 * filter and the web app's inline validation both use this, so a user sees the same sentence
 * whether the browser or the server found the problem.
 *
 * Message sources, in order:
 * - `custom` issues (refinements): `message` is German, `params.messageEn` the English twin;
 * - a German message a schema put on a built-in check (`.max(200, 'Höchstens …')`);
 * - otherwise a German/English sentence made here from the issue's code and limits.
 */
type Issue = z.core.$ZodIssue;

const numberDe = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const numberEn = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

function limit(value: number | bigint): { de: string; en: string } {
  const n = Number(value);
  return { de: numberDe.format(n), en: numberEn.format(n) };
}

/** zod's own (English) default messages start like this; anything else was written by a schema. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized)/;

interface Texts {
  message: string;
  messageEn: string;
}

function typeTexts(expected: string): Texts {
  switch (expected) {
    case 'string':
      return { message: 'Text erwartet.', messageEn: 'Text expected.' };
    case 'number':
    case 'int':
      return { message: 'Zahl erwartet.', messageEn: 'Number expected.' };
    case 'boolean':
      return { message: 'Ja/Nein-Wert erwartet.', messageEn: 'Yes/no value expected.' };
    case 'array':
      return { message: 'Liste erwartet.', messageEn: 'List expected.' };
    case 'object':
      return { message: 'Objekt erwartet.', messageEn: 'Object expected.' };
    default:
      return {
        message: `Ungültiger Typ (erwartet: ${expected}).`,
        messageEn: `Invalid type (expected: ${expected}).`,
      };
  }
}

function sizeTexts(issue: Extract<Issue, { code: 'too_big' | 'too_small' }>): Texts {
  const big = issue.code === 'too_big';
  const bound = limit(big ? issue.maximum : issue.minimum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string') {
    if (!big && Number(issue.minimum) === 1) {
      return { message: 'Bitte ausfüllen.', messageEn: 'Must not be empty.' };
    }
    return big
      ? {
          message: `Höchstens ${bound.de} Zeichen erlaubt.`,
          messageEn: `At most ${bound.en} characters allowed.`,
        }
      : {
          message: `Mindestens ${bound.de} Zeichen erforderlich.`,
          messageEn: `At least ${bound.en} characters required.`,
        };
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return big
      ? {
          message: `Höchstens ${bound.de} Einträge erlaubt.`,
          messageEn: `At most ${bound.en} entries allowed.`,
        }
      : {
          message: `Mindestens ${bound.de} Einträge erforderlich.`,
          messageEn: `At least ${bound.en} entries required.`,
        };
  }
  if (big) {
    return inclusive
      ? {
          message: `Der Wert darf höchstens ${bound.de} sein.`,
          messageEn: `The value must be at most ${bound.en}.`,
        }
      : {
          message: `Der Wert muss kleiner als ${bound.de} sein.`,
          messageEn: `The value must be less than ${bound.en}.`,
        };
  }
  return inclusive
    ? {
        message: `Der Wert muss mindestens ${bound.de} sein.`,
        messageEn: `The value must be at least ${bound.en}.`,
      }
    : {
        message: `Der Wert muss größer als ${bound.de} sein.`,
        messageEn: `The value must be greater than ${bound.en}.`,
      };
}

function formatTexts(format: string): Texts {
  switch (format) {
    case 'date':
      return {
        message: 'Datum im Format JJJJ-MM-TT erwartet.',
        messageEn: 'Date in the format YYYY-MM-DD expected.',
      };
    case 'uuid':
    case 'guid':
      return { message: 'Ungültige Kennung.', messageEn: 'Invalid id.' };
    case 'email':
      return { message: 'Ungültige E-Mail-Adresse.', messageEn: 'Invalid e-mail address.' };
    default:
      return { message: 'Ungültiges Format.', messageEn: 'Invalid format.' };
  }
}

/** German and English message of one issue. */
export function issueTexts(issue: Issue): Texts {
  if (issue.code === 'custom') {
    const params = issue.params as { messageEn?: unknown } | undefined;
    return {
      message: issue.message,
      messageEn: typeof params?.messageEn === 'string' ? params.messageEn : issue.message,
    };
  }
  let generated: Texts;
  switch (issue.code) {
    case 'invalid_type':
      generated = / received undefined$/.test(issue.message)
        ? { message: 'Pflichtangabe: bitte ausfüllen.', messageEn: 'Required.' }
        : typeTexts(issue.expected);
      break;
    case 'too_big':
    case 'too_small':
      generated = sizeTexts(issue);
      break;
    case 'not_multiple_of':
      generated =
        Number(issue.divisor) === 0.01
          ? {
              message: 'Höchstens zwei Nachkommastellen erlaubt.',
              messageEn: 'At most two decimal places allowed.',
            }
          : {
              message: `Der Wert muss ein Vielfaches von ${limit(issue.divisor).de} sein.`,
              messageEn: `The value must be a multiple of ${limit(issue.divisor).en}.`,
            };
      break;
    case 'invalid_value': {
      const allowed = issue.values.map(String).join(', ');
      generated = {
        message: `Ungültiger Wert. Erlaubt: ${allowed}.`,
        messageEn: `Invalid value. Allowed: ${allowed}.`,
      };
      break;
    }
    case 'invalid_format':
      generated = formatTexts(issue.format);
      break;
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return { message: `Unbekanntes Feld: ${keys}`, messageEn: `Unknown field: ${keys}` };
    }
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      generated = { message: 'Ungültige Eingabe.', messageEn: 'Invalid input.' };
      break;
  }
  // A German message written by the schema wins; the English one is ours.
  return ZOD_DEFAULT_MESSAGE.test(issue.message)
    ? generated
    : { message: issue.message, messageEn: generated.messageEn };
}

/** The dotted path of an issue, e.g. `assessments.0.justification`; `(body)` for the whole. */
export function issuePath(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return issue.path.length ? `${issue.path.map(String).join('.')}.${key}` : key;
  }
  return issue.path.map(String).join('.') || '(body)';
}

export function toFieldErrors(issues: readonly Issue[]): FieldError[] {
  return issues.map((issue) => ({
    field: issuePath(issue),
    code: issue.code,
    ...issueTexts(issue),
  }));
}
