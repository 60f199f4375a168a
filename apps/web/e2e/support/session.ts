import type { BrowserContext } from 'playwright-core';
import type { Role } from '@leitplanken/shared';

/**
 * The demo accounts the API seeds with DEMO_DATA=true (apps/api/src/database/seed/demo.data.ts,
 * listed in the README). Demo mode only.
 */
export const DEMO_PASSWORD = 'Leitplanken-Demo-2026';
export const DEMO_EMAILS: Record<Role, string> = {
  admin: 'admin@demo.leitplanken.de',
  board: 'vorstand@demo.leitplanken.de',
  department_head: 'fbl@demo.leitplanken.de',
  staff_council: 'personalrat@demo.leitplanken.de',
  viewer: 'mitarbeiter@demo.leitplanken.de',
};

/**
 * Signs the browser context in as the demo user of `role` through `POST /api/auth/login`; the
 * session cookie lands in the context's cookie jar, so every page of it is signed in.
 * (Until the web app has a login page; then specs can also sign in through the form.)
 */
export async function signIn(context: BrowserContext, baseUrl: string, role: Role): Promise<void> {
  const response = await context.request.post(new URL('/api/auth/login', baseUrl).toString(), {
    data: { email: DEMO_EMAILS[role], password: DEMO_PASSWORD },
  });
  if (response.status() !== 200) {
    throw new Error(
      `E2E: Anmeldung als ${role} fehlgeschlagen: ${response.status()} ${await response.text()}`,
    );
  }
}

export async function signOut(context: BrowserContext): Promise<void> {
  await context.clearCookies();
}
