import { strategySchema, type Strategy } from '@leitplanken/shared';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { INTERNAL_ROLES, Roles } from '../../common/auth/access.decorator.js';
import { StrategyService } from './strategy.service.js';

class StrategyDto extends createZodDto(strategySchema) {}

@ApiTags('strategy')
@Controller('strategies')
export class StrategyController {
  constructor(private readonly strategies: StrategyService) {}

  @Get('active')
  @Roles(...INTERNAL_ROLES)
  @ApiOperation({ summary: 'Die aktive Strategie: Leitbild, Ziele und Teilziele (Leitplanken)' })
  @ApiOkResponse({ type: StrategyDto })
  getActive(): Promise<Strategy> {
    return this.strategies.getActive();
  }
}
