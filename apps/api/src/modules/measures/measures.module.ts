import { Module } from '@nestjs/common';
import { StrategyModule } from '../strategy/strategy.module.js';
import { MeasureFiguresService } from './measure-figures.service.js';
import { MeasureQueriesService } from './measure-queries.service.js';
import { MeasuresController } from './measures.controller.js';
import { MeasuresService } from './measures.service.js';

@Module({
  imports: [StrategyModule],
  controllers: [MeasuresController],
  providers: [MeasuresService, MeasureQueriesService, MeasureFiguresService],
  exports: [MeasuresService, MeasureQueriesService, MeasureFiguresService],
})
export class MeasuresModule {}
