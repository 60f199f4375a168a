import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/access.decorator.js';
import { CommonException } from '../../common/errors/common.errors.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Bereitschaft: 200 wenn die Datenbank antwortet, sonst 503' })
  async health(
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ status: 'ok' | 'unavailable' }> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('health check timed out')), 2000).unref(),
        ),
      ]);
      return { status: 'ok' };
    } catch {
      res.status(503);
      return {
        ...new CommonException('DATABASE_UNAVAILABLE').body,
        status: 'unavailable',
      } as never;
    }
  }
}
