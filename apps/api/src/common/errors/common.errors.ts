import type { FieldError } from '@leitplanken/shared';
import { DomainException } from './domain.exception.js';

export type CommonErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'ROUTE_NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CSRF_FAILED'
  | 'VERSION_CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'TOO_MANY_REQUESTS'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL';

function describe(code: CommonErrorCode): { status: number; de: string; en: string } {
  switch (code) {
    case 'VALIDATION_FAILED':
      return { status: 400, de: 'Die Eingaben sind ungültig.', en: 'The input is invalid.' };
    case 'NOT_FOUND':
      return {
        status: 404,
        de: 'Der Eintrag wurde nicht gefunden.',
        en: 'The entry was not found.',
      };
    case 'ROUTE_NOT_FOUND':
      return {
        status: 404,
        de: 'Diese Adresse gibt es nicht.',
        en: 'This address does not exist.',
      };
    case 'UNAUTHENTICATED':
      return { status: 401, de: 'Bitte melden Sie sich an.', en: 'Please sign in.' };
    case 'FORBIDDEN':
      return {
        status: 403,
        de: 'Für diese Aktion fehlt Ihnen die Berechtigung.',
        en: 'You are not allowed to do this.',
      };
    case 'CSRF_FAILED':
      return {
        status: 403,
        de: 'Die Anfrage wurde abgewiesen (Sicherheitstoken fehlt oder ist ungültig). Bitte laden Sie die Seite neu.',
        en: 'The request was refused (security token missing or invalid). Please reload the page.',
      };
    case 'VERSION_CONFLICT':
      return {
        status: 409,
        de: 'Der Eintrag wurde inzwischen von jemand anderem geändert. Bitte laden Sie ihn neu und übernehmen Sie Ihre Änderungen erneut.',
        en: 'Someone else changed this entry in the meantime. Please reload it and apply your changes again.',
      };
    case 'PAYLOAD_TOO_LARGE':
      return { status: 413, de: 'Die Anfrage ist zu groß.', en: 'The request is too large.' };
    case 'TOO_MANY_REQUESTS':
      return {
        status: 429,
        de: 'Zu viele Versuche. Bitte warten Sie einen Moment.',
        en: 'Too many attempts. Please wait a moment.',
      };
    case 'DATABASE_UNAVAILABLE':
      return {
        status: 503,
        de: 'Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
        en: 'The database is unavailable right now. Please try again shortly.',
      };
    case 'INTERNAL':
      return {
        status: 500,
        de: 'Ein unerwarteter Fehler ist aufgetreten. Er wurde protokolliert.',
        en: 'An unexpected error occurred. It has been logged.',
      };
  }
}

export class CommonException extends DomainException {
  constructor(
    code: CommonErrorCode,
    options: {
      fields?: FieldError[];
      details?: Record<string, unknown>;
      de?: string;
      en?: string;
    } = {},
  ) {
    const d = describe(code);
    super({
      statusCode: d.status,
      code,
      message: options.de ?? d.de,
      messageEn: options.en ?? d.en,
      fields: options.fields,
      details: options.details,
    });
  }
}
