import type { FieldOfAction } from '@leitplanken/shared';
import type { FieldOfActionEntity } from './field-of-action.entity.js';

export function toFieldOfAction(e: FieldOfActionEntity): FieldOfAction {
  return { id: e.id, name: e.name, active: e.active };
}
