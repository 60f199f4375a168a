import { departmentSchema, type Department } from '@leitplanken/shared';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { INTERNAL_ROLES, Roles } from '../../common/auth/access.decorator.js';
import { DepartmentsService } from './departments.service.js';

class DepartmentDto extends createZodDto(departmentSchema) {}

@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Roles(...INTERNAL_ROLES)
  @ApiOperation({ summary: 'Alle Fachbereiche' })
  @ApiOkResponse({ type: [DepartmentDto] })
  list(): Promise<Department[]> {
    return this.departments.list();
  }
}
