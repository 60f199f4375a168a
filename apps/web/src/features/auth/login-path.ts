export const LOGIN_PATH = '/anmelden';

/** `/anmelden?next=<path>`; the start page needs no `next`. */
export function loginPath(next: string): string {
  return next === '/' || next === ''
    ? LOGIN_PATH
    : `${LOGIN_PATH}?next=${encodeURIComponent(next)}`;
}

/**
 * Where to go after signing in: only a path inside this app (no `//host`, no `https:`), so a
 * crafted link cannot send a freshly signed-in person to another site.
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === LOGIN_PATH || next.startsWith(`${LOGIN_PATH}?`)) return '/';
  return next;
}
