import type { Role } from '@leitplanken/shared';
import { describe, expect, it } from 'vitest';
import { DomainException } from '../errors/domain.exception.js';
import { assertCanEditDepartment, canEditDepartment } from './department-access.js';

const OWN = '6f1c2a5e-0000-4000-8000-000000000001';
const OTHER = '6f1c2a5e-0000-4000-8000-000000000002';

describe('department-scoped rights', () => {
  it.each<[Role, string | null, string, boolean]>([
    ['admin', null, OTHER, true],
    ['board', null, OTHER, true],
    ['department_head', OWN, OWN, true],
    ['department_head', OWN, OTHER, false],
    ['department_head', null, OWN, false],
    ['staff_council', null, OWN, false],
    ['staff_council', OWN, OWN, false],
    ['viewer', OWN, OWN, false],
  ])('%s of department %s editing %s → %s', (role, departmentId, target, allowed) => {
    const user = { role, departmentId };
    expect(canEditDepartment(user, target)).toBe(allowed);
    if (allowed) {
      expect(() => assertCanEditDepartment(user, target)).not.toThrow();
    } else {
      let thrown: unknown;
      try {
        assertCanEditDepartment(user, target);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DomainException);
      expect((thrown as DomainException).body).toMatchObject({
        statusCode: 403,
        code: 'FORBIDDEN',
      });
    }
  });

  it('tells a head of department why in German', () => {
    expect(() =>
      assertCanEditDepartment({ role: 'department_head', departmentId: OWN }, OTHER),
    ).toThrow(
      expect.objectContaining({
        body: expect.objectContaining({
          message: 'Sie können nur Einträge Ihres eigenen Fachbereichs ändern.',
        }),
      }),
    );
  });
});
