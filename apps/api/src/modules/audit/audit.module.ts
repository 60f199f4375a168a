import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';

/** Global: every module that writes records its changes through AuditService. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
