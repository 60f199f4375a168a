import {
  auditEntrySchema,
  type AuditEntry,
  auditQuerySchema,
  auditVerificationSchema,
  type AuditVerification,
} from '@leitplanken/shared';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { INTERNAL_ROLES, Roles } from '../../common/auth/access.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AuditService } from './audit.service.js';

class AuditEntryDto extends createZodDto(auditEntrySchema) {}
class AuditQueryDto extends createZodDto(auditQuerySchema) {}
class AuditVerificationDto extends createZodDto(auditVerificationSchema) {}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles(...INTERNAL_ROLES)
  @ApiOperation({
    summary:
      'Änderungsprotokoll eines Eintrags (entity + id), neueste zuerst; Einträge zu Konten nur für die Administration',
  })
  @ApiOkResponse({ type: [AuditEntryDto] })
  list(@Query() query: AuditQueryDto, @CurrentUser() user: AuthUser): Promise<AuditEntry[]> {
    return this.audit.list(query, user);
  }

  @Get('verify')
  @Roles('admin')
  @ApiOperation({
    summary: 'Prüft die gesamte Hash-Kette des Änderungsprotokolls (nur Administration)',
  })
  @ApiOkResponse({ type: AuditVerificationDto })
  verify(): Promise<AuditVerification> {
    return this.audit.verify();
  }
}
