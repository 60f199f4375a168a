import type { FieldOfAction } from '@leitplanken/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldOfActionEntity } from './field-of-action.entity.js';
import { toFieldOfAction } from './field-of-action.mapper.js';

@Injectable()
export class FieldsOfActionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<FieldOfAction[]> {
    const rows = await this.dataSource
      .getRepository(FieldOfActionEntity)
      .find({ order: { name: 'ASC' } });
    return rows.map(toFieldOfAction);
  }
}
