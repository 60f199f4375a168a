import type { FieldError } from '@leitplanken/shared';

export interface DomainExceptionBody {
  statusCode: number;
  code: string;
  message: string;
  messageEn: string;
  fields?: FieldError[];
  /** Extra machine-readable context, e.g. the current version on a 409. */
  details?: Record<string, unknown>;
}

/**
 * Base of every expected error: carries the HTTP status, a code and the German and English
 * message. Each domain declares its own code union and an exhaustive switch choosing the
 * messages (see common.errors.ts, the pattern to copy); the global filter renders it.
 */
export class DomainException extends Error {
  constructor(readonly body: DomainExceptionBody) {
    super(body.messageEn);
    this.name = 'DomainException';
  }
}
