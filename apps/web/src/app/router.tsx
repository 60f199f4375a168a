import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireSession } from '@/features/auth/components/require-session';
import { withNamespaces } from '@/lib/i18n';
import { AppLayout, AppLayoutFallback } from './app-layout';
import { RouteError } from './route-error';

/**
 * Every page is its own chunk (`lazy`), loaded together with the locale namespaces it needs.
 * A route module exports `Component` (see routes/cockpit.tsx). Internal pages sit below
 * `RequireSession` (no session → /anmelden?next=…); pages for some roles only name them there.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    HydrateFallback: AppLayoutFallback,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          // Open to everybody: sign-in and the legally required pages.
          { path: 'anmelden', lazy: () => import('./routes/login') },
          {
            path: 'barrierefreiheit',
            lazy: () => import('./routes/accessibility-statement'),
          },
          { path: 'barriere-melden', lazy: () => import('./routes/report-barrier') },
          { path: 'impressum', lazy: () => import('./routes/imprint') },
          // Internal: every signed-in role (the API refuses writes a role may not do; the pages
          // offer only the actions that will succeed).
          {
            element: <RequireSession />,
            children: [
              {
                index: true,
                lazy: () =>
                  withNamespaces(['cockpit', 'strategy'], () => import('./routes/cockpit')),
              },
              {
                path: 'massnahmen',
                children: [
                  {
                    index: true,
                    lazy: () => withNamespaces(['measures'], () => import('./routes/measures')),
                  },
                  {
                    path: 'neu',
                    lazy: () => withNamespaces(['measures'], () => import('./routes/measure-new')),
                  },
                  {
                    path: ':id',
                    lazy: () =>
                      withNamespaces(['measures', 'audit'], () => import('./routes/measure')),
                  },
                  {
                    path: ':id/bearbeiten',
                    lazy: () => withNamespaces(['measures'], () => import('./routes/measure-edit')),
                  },
                  {
                    path: ':id/beteiligung',
                    lazy: () =>
                      withNamespaces(
                        ['measures'],
                        () => import('./routes/measure-codetermination'),
                      ),
                  },
                ],
              },
              {
                path: 'leitplanken-matrix',
                lazy: () =>
                  withNamespaces(
                    ['measures', 'strategy'],
                    () => import('./routes/guardrail-matrix'),
                  ),
              },
              {
                path: 'personalrat',
                lazy: () => withNamespaces(['measures'], () => import('./routes/staff-council')),
              },
            ],
          },
          // Administration: admins only.
          {
            path: 'verwaltung',
            element: <RequireSession roles={['admin']} />,
            children: [
              { index: true, element: <Navigate to="benutzer" replace /> },
              {
                path: 'benutzer',
                lazy: () => withNamespaces(['users'], () => import('./routes/admin-users')),
              },
            ],
          },
          { path: '*', lazy: () => import('./routes/not-found') },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
