import { fieldOfActionSchema, type FieldOfAction } from '@leitplanken/shared';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { INTERNAL_ROLES, Roles } from '../../common/auth/access.decorator.js';
import { FieldsOfActionService } from './fields-of-action.service.js';

class FieldOfActionDto extends createZodDto(fieldOfActionSchema) {}

@ApiTags('fields-of-action')
@Controller('fields-of-action')
export class FieldsOfActionController {
  constructor(private readonly fields: FieldsOfActionService) {}

  @Get()
  @Roles(...INTERNAL_ROLES)
  @ApiOperation({ summary: 'Alle Handlungsfelder (auch inaktive)' })
  @ApiOkResponse({ type: [FieldOfActionDto] })
  list(): Promise<FieldOfAction[]> {
    return this.fields.list();
  }
}
