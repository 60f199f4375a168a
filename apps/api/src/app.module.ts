import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ZodValidationPipe } from 'nestjs-zod';
import type { DestinationStream } from 'pino';
import type { DataSource } from 'typeorm';
import { AccessGuard } from './common/auth/access.guard.js';
import { loggingModule } from './common/logging/logging.module.js';
import { GlobalExceptionFilter } from './common/filters/global-exception.filter.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/env.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { DepartmentsModule } from './modules/departments/departments.module.js';
import { FieldsOfActionModule } from './modules/fields-of-action/fields-of-action.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { MeasuresModule } from './modules/measures/measures.module.js';
import { StrategyModule } from './modules/strategy/strategy.module.js';
import { UsersModule } from './modules/users/users.module.js';

@Module({})
export class AppModule {
  /** The application around an initialised DataSource (migrated by the caller). */
  static register(
    config: AppConfig,
    dataSource: DataSource,
    logStream?: DestinationStream,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(config),
        loggingModule(config, logStream),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        AuditModule,
        AuthModule,
        HealthModule,
        StrategyModule,
        DepartmentsModule,
        FieldsOfActionModule,
        MeasuresModule,
        UsersModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GlobalExceptionFilter },
      ],
    };
  }
}
