import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { DepartmentEntity } from '../modules/departments/department.entity.js';
import { FieldOfActionEntity } from '../modules/fields-of-action/field-of-action.entity.js';
import { MeasureAssessmentEntity } from '../modules/measures/entities/measure-assessment.entity.js';
import { MeasureChannelEntity } from '../modules/measures/entities/measure-channel.entity.js';
import { MeasureCodeterminationEntity } from '../modules/measures/entities/measure-codetermination.entity.js';
import { MeasureMilestoneEntity } from '../modules/measures/entities/measure-milestone.entity.js';
import { MeasureRevisionEntity } from '../modules/measures/entities/measure-revision.entity.js';
import { MeasureEntity } from '../modules/measures/entities/measure.entity.js';
import { GoalEntity } from '../modules/strategy/entities/goal.entity.js';
import { StrategyEntity } from '../modules/strategy/entities/strategy.entity.js';
import { SubGoalEntity } from '../modules/strategy/entities/sub-goal.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';

/** Every entity of the application; listed explicitly so the same list works in tests and dist. */
export const entities = [
  StrategyEntity,
  GoalEntity,
  SubGoalEntity,
  DepartmentEntity,
  UserEntity,
  SessionEntity,
  AuditEntryEntity,
  FieldOfActionEntity,
  MeasureEntity,
  MeasureAssessmentEntity,
  MeasureMilestoneEntity,
  MeasureChannelEntity,
  MeasureCodeterminationEntity,
  MeasureRevisionEntity,
];
