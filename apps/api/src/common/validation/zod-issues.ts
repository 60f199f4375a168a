import type { FieldError } from '@leitplanken/shared';
import { z } from 'zod';

const de = z.locales.de().localeError;
const en = z.locales.en().localeError;

type Issue = z.core.$ZodIssue;

function localized(map: typeof de, issue: Issue): string | undefined {
  const result = map(issue as unknown as Parameters<typeof de>[0]);
  return typeof result === 'string' ? result : result?.message;
}

/**
 * Turns zod issues into the API's field errors, each with a German and an English message.
 * Custom messages in the shared schemas are German; an English twin may be given as
 * `params: { messageEn }`.
 */
export function toFieldErrors(issues: readonly Issue[]): FieldError[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(body)';
    const params = (issue as { params?: { messageEn?: string } }).params;
    const isCustom = issue.code === 'custom' || !localized(de, issue);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      return {
        field: issue.path.length ? `${field}.${issue.keys[0]}` : (issue.keys[0] ?? field),
        code: issue.code,
        message: `Unbekanntes Feld: ${keys}`,
        messageEn: `Unknown field: ${keys}`,
      };
    }
    const message = isCustom ? issue.message : (localized(de, issue) ?? issue.message);
    const messageEn =
      params?.messageEn ?? (isCustom ? issue.message : (localized(en, issue) ?? issue.message));
    return { field, code: issue.code, message, messageEn };
  });
}
