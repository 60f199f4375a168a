import { describe, expect, test } from 'vitest';
import { visibleNavItems, type NavItem } from './nav-item';

const items: NavItem[] = [
  { to: '/', labelKey: 'nav.cockpit', end: true },
  {
    to: '/massnahmen',
    labelKey: 'nav.measures',
    roles: ['admin', 'board', 'department_head', 'staff_council', 'viewer'],
  },
  { to: '/personalrat', labelKey: 'nav.staffCouncil', roles: ['staff_council', 'admin'] },
  { to: '/verwaltung', labelKey: 'nav.admin', roles: ['admin'] },
];

const paths = (list: NavItem[]) => list.map((item) => item.to);

describe('visibleNavItems', () => {
  test('the anonymous internal viewer sees only items without roles', () => {
    expect(paths(visibleNavItems(items, null))).toEqual(['/']);
  });

  test('a role sees the unrestricted items plus those listing it, in configured order', () => {
    expect(paths(visibleNavItems(items, 'staff_council'))).toEqual([
      '/',
      '/massnahmen',
      '/personalrat',
    ]);
    expect(paths(visibleNavItems(items, 'admin'))).toEqual([
      '/',
      '/massnahmen',
      '/personalrat',
      '/verwaltung',
    ]);
    expect(paths(visibleNavItems(items, 'viewer'))).toEqual(['/', '/massnahmen']);
  });
});
