import type { Department } from '@leitplanken/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DepartmentEntity } from './department.entity.js';
import { toDepartment } from './department.mapper.js';

@Injectable()
export class DepartmentsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<Department[]> {
    const rows = await this.dataSource
      .getRepository(DepartmentEntity)
      .find({ order: { code: 'ASC' } });
    return rows.map(toDepartment);
  }
}
