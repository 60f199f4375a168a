import type { Role } from '@leitplanken/shared';
import type { NavItem } from '@/components/layout/nav-item';

/** Every signed-in role: internal pages ("Transparenz nach innen"). */
export const INTERNAL_ROLES: readonly Role[] = [
  'admin',
  'board',
  'department_head',
  'staff_council',
  'viewer',
];

/**
 * The primary navigation, in display order. A feature that adds a page adds its item here, with
 * the roles that may see it (see NavItem.roles). Labels live in `common.json` under `nav.*`
 * (already there: measures, matrix, roadmap, reports, staffCouncil, admin, public). Internal pages
 * name INTERNAL_ROLES, so a signed-out visitor sees no link that would only lead to the sign-in.
 */
export const navItems: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.cockpit', end: true, roles: INTERNAL_ROLES },
  { to: '/massnahmen', labelKey: 'nav.measures', roles: INTERNAL_ROLES },
  { to: '/leitplanken-matrix', labelKey: 'nav.matrix', roles: INTERNAL_ROLES },
  // Everyone internal may read it; the staff council and those who work with it use it.
  { to: '/personalrat', labelKey: 'nav.staffCouncil', roles: INTERNAL_ROLES },
  { to: '/verwaltung', labelKey: 'nav.admin', roles: ['admin'] },
];
