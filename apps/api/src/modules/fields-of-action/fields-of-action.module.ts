import { Module } from '@nestjs/common';
import { FieldsOfActionController } from './fields-of-action.controller.js';
import { FieldsOfActionService } from './fields-of-action.service.js';

@Module({
  controllers: [FieldsOfActionController],
  providers: [FieldsOfActionService],
  exports: [FieldsOfActionService],
})
export class FieldsOfActionModule {}
