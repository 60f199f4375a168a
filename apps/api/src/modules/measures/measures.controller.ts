import {
  codeterminationInputSchema,
  coverageSchema,
  createMeasureSchema,
  deleteMeasureQuerySchema,
  exceptionDecisionSchema,
  guardrailCheckSchema,
  measurePageSchema,
  measureQuerySchema,
  measureSchema,
  updateMeasureSchema,
  type Coverage,
  type GuardrailCheck,
  type Measure,
  type MeasurePage,
} from '@leitplanken/shared';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { INTERNAL_ROLES, Roles } from '../../common/auth/access.decorator.js';
import { CurrentActor, CurrentUser, type Actor } from '../../common/auth/current-user.decorator.js';
import type { AuthUser } from '../auth/auth-user.js';
import { MeasureQueriesService } from './measure-queries.service.js';
import { MeasuresService } from './measures.service.js';

class CreateMeasureDto extends createZodDto(createMeasureSchema) {}
class UpdateMeasureDto extends createZodDto(updateMeasureSchema) {}
class MeasureQueryDto extends createZodDto(measureQuerySchema) {}
class DeleteMeasureQueryDto extends createZodDto(deleteMeasureQuerySchema) {}
class CodeterminationDto extends createZodDto(codeterminationInputSchema) {}
class ExceptionDecisionDto extends createZodDto(exceptionDecisionSchema) {}
class MeasureDto extends createZodDto(measureSchema) {}
class MeasurePageDto extends createZodDto(measurePageSchema) {}
class GuardrailCheckDto extends createZodDto(guardrailCheckSchema) {}
class CoverageDto extends createZodDto(coverageSchema) {}

/** Who may create, change and delete measures (department heads: own department, see the service). */
const EDITORS = ['admin', 'board', 'department_head'] as const;

@ApiTags('measures')
@Controller('measures')
export class MeasuresController {
  constructor(
    private readonly measures: MeasuresService,
    private readonly queries: MeasureQueriesService,
  ) {}

  @Get()
  @Roles(...INTERNAL_ROLES)
  @ApiOperation({ summary: 'Maßnahmen: Filter, Suche, Sortierung, Seiten' })
  @ApiOkResponse({ type: MeasurePageDto })
  list(@Query() query: MeasureQueryDto): Promise<MeasurePage> {
    return this.queries.list(query);
  }

  @Get('coverage')
  @Roles(...INTERNAL_ROLES)
  @ApiOperation({ summary: 'Abdeckung: welche Leitplanken keine aktive Maßnahme unterstützt' })
  @ApiOkResponse({ type: CoverageDto })
  coverage(): Promise<Coverage> {
    return this.queries.coverage();
  }

  @Post()
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Maßnahme anlegen (Fachbereichsleitung: nur im eigenen Fachbereich)' })
  @ApiCreatedResponse({ type: MeasureDto })
  create(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
    @Body() body: CreateMeasureDto,
  ): Promise<Measure> {
    return this.measures.create(user, actor, body);
  }

  @Get(':id')
  @Roles(...INTERNAL_ROLES)
  @ApiOperation({ summary: 'Eine Maßnahme mit allen Feldern, Kennzahlen und Leitplanken-Check' })
  @ApiOkResponse({ type: MeasureDto })
  get(@Param('id') id: string): Promise<Measure> {
    return this.queries.get(id);
  }

  @Patch(':id')
  @Roles(...EDITORS)
  @ApiOperation({
    summary: 'Maßnahme ändern: nur angegebene Felder, Listen ersetzen; version ist Pflicht',
  })
  @ApiOkResponse({ type: MeasureDto })
  @ApiConflictResponse({ description: 'Veraltete version: details.currentVersion' })
  update(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateMeasureDto,
  ): Promise<Measure> {
    return this.measures.update(user, actor, id, body);
  }

  @Delete(':id')
  @Roles(...EDITORS)
  @HttpCode(204)
  @ApiOperation({ summary: 'Maßnahme löschen (die Historie bleibt erhalten)' })
  @ApiNoContentResponse()
  async remove(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: DeleteMeasureQueryDto,
  ): Promise<void> {
    await this.measures.remove(user, actor, id, query.version);
  }

  @Get(':id/guardrail-check')
  @Roles(...INTERNAL_ROLES)
  @ApiOperation({ summary: 'Leitplanken-Check der Maßnahme: pass, warn oder fail mit Gründen' })
  @ApiOkResponse({ type: GuardrailCheckDto })
  guardrailCheck(@Param('id') id: string): Promise<GuardrailCheck> {
    return this.queries.guardrailCheck(id);
  }

  @Put(':id/codetermination')
  @Roles(...EDITORS, 'staff_council')
  @ApiOperation({
    summary: 'Beteiligung des Personalrats festhalten (Stellungnahme nur durch den Personalrat)',
  })
  @ApiOkResponse({ type: MeasureDto })
  putCodetermination(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: CodeterminationDto,
  ): Promise<Measure> {
    return this.measures.putCodetermination(user, actor, id, body);
  }

  @Post(':id/assessments/:code/exception')
  @Roles('admin', 'board')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verwaltungsvorstand entscheidet über eine Ausnahme (Konflikt)' })
  @ApiOkResponse({ type: MeasureDto })
  decideException(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('code') code: string,
    @Body() body: ExceptionDecisionDto,
  ): Promise<Measure> {
    return this.measures.decideException(user, actor, id, code, body);
  }
}
