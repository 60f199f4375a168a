import { Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppModule } from '../src/app.module.js';
import { loadConfig } from '../src/config/env.js';
import { createDataSource } from '../src/database/data-source.js';
import { DEMO_PASSWORD } from '../src/database/seed/demo.data.js';
import { DEMO_EMAILS, type DemoRole } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { HttpClient } from './support/http.js';

/** A controller someone forgot to annotate: neither @Public() nor @Roles(). */
@Controller('forgotten')
class ForgottenController {
  @Get()
  read(): { ok: true } {
    return { ok: true };
  }

  @Post()
  write(): { ok: true } {
    return { ok: true };
  }
}

describe('deny by default: an endpoint without a declared rule is for admins only', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let app: NestExpressApplication;
  let baseUrl: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource(db.url, { poolSize: 2 });
    await ds.initialize();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: db.url,
      DEMO_DATA: 'true',
    });
    @Module({ imports: [AppModule.register(config, ds)], controllers: [ForgottenController] })
    class WithForgottenEndpoint {}
    app = await NestFactory.create<NestExpressApplication>(WithForgottenEndpoint, {
      logger: false,
      bodyParser: false,
    });
    app.useBodyParser('json');
    app.use(cookieParser());
    app.setGlobalPrefix('api');
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app.close();
    if (ds.isInitialized) await ds.destroy();
    await db.drop();
  });

  it('refuses nobody-signed-in with 401 and every role but admin with 403', async () => {
    expect((await new HttpClient(baseUrl).get('/api/forgotten')).status).toBe(401);
    expect((await new HttpClient(baseUrl).post('/api/forgotten')).status).toBe(401);
    const expected: Record<DemoRole, number> = {
      admin: 200,
      board: 403,
      department_head: 403,
      staff_council: 403,
      viewer: 403,
    };
    for (const [role, status] of Object.entries(expected) as Array<[DemoRole, number]>) {
      const client = new HttpClient(baseUrl);
      await client.login(DEMO_EMAILS[role], DEMO_PASSWORD);
      expect((await client.get('/api/forgotten')).status, role).toBe(status);
      expect((await client.post('/api/forgotten')).status, role).toBe(
        status === 200 ? 201 : status,
      );
    }
  });
});
