import { ApiRequestError } from './api-client';
import type { Language } from './locale';

/**
 * The API's field errors (`fields: [{field, message, messageEn}]`) by field name, in the UI
 * language, for showing them at the form fields they belong to.
 */
export function serverFieldErrors(error: unknown, language: Language): Record<string, string> {
  if (!(error instanceof ApiRequestError)) return {};
  const result: Record<string, string> = {};
  for (const f of error.fields) {
    result[f.field] ??= language === 'en' && f.messageEn ? f.messageEn : f.message;
  }
  return result;
}
