import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { AppConfig } from '../../config/env.js';

/** Never written to a log line: session cookie, CSRF token, credentials. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
];

/**
 * Structured JSON logs (pino): one line per request with its id (the X-Request-Id that the
 * audit log also records), method, path, status and duration. Bodies are never logged.
 */
export function loggingModule(config: AppConfig, stream?: DestinationStream) {
  return LoggerModule.forRoot({
    pinoHttp: [
      {
        level: config.logLevel,
        redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
        // The request-id middleware ran first and set req.id (also echoed as X-Request-Id).
        genReqId: (req: IncomingMessage) => req.id ?? randomUUID(),
        customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
          error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
        autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
        serializers: {
          req: (req: { id: string; method: string; url: string }) => ({
            id: req.id,
            method: req.method,
            // The query string may carry search terms; the path is enough to find the request.
            url: req.url.split('?')[0],
          }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      },
      stream ?? process.stdout,
    ],
    // Every route, with the Express 5 wildcard syntax.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
  });
}
