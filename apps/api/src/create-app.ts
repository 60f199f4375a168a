import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { DestinationStream } from 'pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { requestId } from './common/http/request-id.middleware.js';
import { webApp } from './common/http/web-app.middleware.js';
import type { AppConfig } from './config/env.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** apps/api/dist (or src in tests) → apps/web/dist */
export const DEFAULT_WEB_DIST = path.resolve(here, '../../web/dist');

/** Builds the whole HTTP application; `main.ts` and the tests both use it. */
export async function createApp(
  config: AppConfig,
  dataSource: DataSource,
  options: { logStream?: DestinationStream } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(config, dataSource, options.logStream),
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  app.flushLogs();
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.disable('x-powered-by');
  app.use(requestId);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // Swagger UI and Recharts set inline styles.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'form-action': ["'self'"],
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.useBodyParser('json', { limit: '2mb' });
  app.use(cookieParser());
  app.setGlobalPrefix('api');

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Leitplanken API')
      .setDescription(
        'Steuerung der E-Government-Strategie: Ziele, Leitplanken, Maßnahmen, Berichte. Fehler: {statusCode, code, message, messageEn, fields}.',
      )
      .setVersion('1')
      .addCookieAuth('lp_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, cleanupOpenApiDoc(document), {
    jsonDocumentUrl: 'api/docs-json',
  });

  const webDist = config.webDist === undefined ? DEFAULT_WEB_DIST : config.webDist;
  const web = webDist ? webApp(webDist) : undefined;
  if (web) app.use(web);
  return app;
}
