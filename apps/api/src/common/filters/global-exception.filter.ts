import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { z } from 'zod';
import { CommonException } from '../errors/common.errors.js';
import { DomainException, type DomainExceptionBody } from '../errors/domain.exception.js';
import { toFieldErrors } from '../validation/zod-issues.js';

function isDatabaseDown(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  const message = error instanceof Error ? error.message : '';
  return (
    code === 'ECONNREFUSED' ||
    code === '57P01' || // admin shutdown
    code === '57P03' || // cannot connect now
    code === '08006' ||
    code === '08001' ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/.test(
      message,
    )
  );
}

function fromHttpException(exception: HttpException): DomainExceptionBody {
  const status = exception.getStatus();
  switch (status) {
    case 401:
      return new CommonException('UNAUTHENTICATED').body;
    case 403:
      return new CommonException('FORBIDDEN').body;
    case 404:
      return new CommonException('ROUTE_NOT_FOUND').body;
    case 413:
      return new CommonException('PAYLOAD_TOO_LARGE').body;
    case 429:
      return new CommonException('TOO_MANY_REQUESTS').body;
    default: {
      if (status >= 500) return new CommonException('INTERNAL').body;
      // Body parser errors (malformed JSON) and the like.
      return {
        ...new CommonException('VALIDATION_FAILED').body,
        statusCode: status,
        message: 'Die Anfrage ist fehlerhaft.',
        messageEn: exception.message || 'Bad request.',
      };
    }
  }
}

/** Renders every error as `{statusCode, code, message, messageEn, fields?, requestId}`. */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request & { id?: string }>();
    const body = this.toBody(exception, request);
    if (response.headersSent) return;
    if (body.statusCode === 429 && !response.hasHeader('Retry-After')) {
      response.setHeader('Retry-After', '60');
    }
    response.status(body.statusCode).json({ ...body, requestId: request.id });
  }

  private toBody(exception: unknown, request: Request): DomainExceptionBody {
    if (exception instanceof DomainException) return exception.body;
    if (exception instanceof ZodValidationException) {
      const zodError = exception.getZodError();
      const fields = zodError instanceof z.ZodError ? toFieldErrors(zodError.issues) : [];
      return new CommonException('VALIDATION_FAILED', { fields }).body;
    }
    if (exception instanceof z.ZodError) {
      return new CommonException('VALIDATION_FAILED', { fields: toFieldErrors(exception.issues) })
        .body;
    }
    if (exception instanceof HttpException) return fromHttpException(exception);
    if (isDatabaseDown(exception)) {
      this.logger.warn(`Database unavailable during ${request.method} ${request.url}`);
      return new CommonException('DATABASE_UNAVAILABLE').body;
    }
    this.logger.error(
      `Unexpected error during ${request.method} ${request.url}`,
      exception instanceof Error ? exception.stack : String(exception),
    );
    return new CommonException('INTERNAL').body;
  }
}
