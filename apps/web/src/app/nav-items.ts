import type { NavItem } from '@/components/layout/nav-item';

/**
 * The primary navigation, in display order. A feature that adds a page adds its item here, with
 * the roles that may see it (see NavItem.roles). Labels live in `common.json` under `nav.*`
 * (already there: measures, matrix, roadmap, reports, staffCouncil, admin, public).
 */
export const navItems: readonly NavItem[] = [{ to: '/', labelKey: 'nav.cockpit', end: true }];
