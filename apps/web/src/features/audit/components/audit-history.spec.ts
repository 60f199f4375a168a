import { describe, expect, test } from 'vitest';
import { changedFields } from './audit-history';

describe('changedFields', () => {
  test('names the top-level fields whose value changed, not the version', () => {
    expect(
      changedFields({
        before: { version: 1, title: 'A', status: 'planned', milestones: [{ title: 'x' }] },
        after: {
          version: 2,
          title: 'B',
          status: 'planned',
          milestones: [{ title: 'y' }],
          public: true,
        },
      }),
    ).toEqual(['title', 'milestones', 'public']);
    expect(changedFields({ before: null, after: { title: 'A' } })).toEqual(['title']);
  });
});
