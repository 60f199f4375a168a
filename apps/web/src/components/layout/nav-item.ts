import type { Role } from '@leitplanken/shared';

/** One entry of the primary navigation. */
export interface NavItem {
  /** Route path, e.g. `/massnahmen`. */
  to: string;
  /** Key of the label in the `common` namespace, e.g. `nav.measures`. */
  labelKey: `nav.${string}`;
  /**
   * Roles that see the item. `undefined`: everybody, including the anonymous internal viewer
   * (no login). Hiding an item is convenience only; the API enforces the rights.
   */
  roles?: readonly Role[];
  /** Active only on exactly this path (for `/`). */
  end?: boolean;
}

/** The items a viewer with `role` (null: not logged in) sees, in configured order. */
export function visibleNavItems(items: readonly NavItem[], role: Role | null): NavItem[] {
  return items.filter(
    (item) => item.roles === undefined || (role !== null && item.roles.includes(role)),
  );
}
