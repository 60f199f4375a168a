import type { Strategy } from '@leitplanken/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GoalEntity } from './entities/goal.entity.js';
import { StrategyEntity } from './entities/strategy.entity.js';
import { SubGoalEntity } from './entities/sub-goal.entity.js';
import { StrategyException } from './strategy.errors.js';
import { toStrategy } from './strategy.mapper.js';

@Injectable()
export class StrategyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getActive(): Promise<Strategy> {
    const strategy = await this.dataSource
      .getRepository(StrategyEntity)
      .findOneBy({ status: 'active' });
    if (!strategy) throw new StrategyException('NO_ACTIVE_STRATEGY');
    return this.load(strategy);
  }

  async getById(id: string): Promise<Strategy> {
    const strategy = await this.dataSource.getRepository(StrategyEntity).findOneBy({ id });
    if (!strategy) throw new StrategyException('STRATEGY_NOT_FOUND');
    return this.load(strategy);
  }

  private async load(strategy: StrategyEntity): Promise<Strategy> {
    const [goals, subGoals] = await Promise.all([
      this.dataSource.getRepository(GoalEntity).findBy({ strategyId: strategy.id }),
      this.dataSource.getRepository(SubGoalEntity).findBy({ strategyId: strategy.id }),
    ]);
    return toStrategy(strategy, goals, subGoals);
  }
}
