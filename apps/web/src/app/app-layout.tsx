import { Suspense, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { visibleNavItems } from '@/components/layout/nav-item';
import { Loader } from '@/components/ui/loader';
import { SessionProvider } from '@/features/auth/components/session-provider';
import { UserMenu } from '@/features/auth/components/user-menu';
import { useViewer } from '@/lib/viewer';
import { navItems } from './nav-items';

/**
 * The frame around every page: skip link, header with navigation and the signed-in person, main,
 * footer. The session lives here, inside the router, so the re-login dialog can open over any page.
 */
export function AppLayout() {
  return (
    <SessionProvider>
      <AppShell>
        <Suspense fallback={<Loader />}>
          <Outlet />
        </Suspense>
      </AppShell>
    </SessionProvider>
  );
}

/** While the first page's code loads: the same frame with a loader, so nothing jumps. */
export function AppLayoutFallback() {
  return (
    <SessionProvider>
      <AppShell>
        <Loader />
      </AppShell>
    </SessionProvider>
  );
}

function AppShell({ children }: { children: ReactNode }) {
  const { role } = useViewer();
  return (
    <div className="lp-app">
      <SkipLink />
      <SiteHeader navItems={visibleNavItems(navItems, role)} account={<UserMenu />} />
      <main id="main" tabIndex={-1} className="lp-main">
        <div className="lp-container">{children}</div>
      </main>
      <SiteFooter />
    </div>
  );
}
