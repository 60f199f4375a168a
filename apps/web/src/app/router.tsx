import { createBrowserRouter, type RouteObject } from 'react-router';
import { withNamespaces } from '@/lib/i18n';
import { AppLayout, AppLayoutFallback } from './app-layout';
import { RouteError } from './route-error';

/**
 * Every page is its own chunk (`lazy`), loaded together with the locale namespaces it needs.
 * A route module exports `Component` (see routes/cockpit.tsx).
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
          {
            index: true,
            lazy: () => withNamespaces(['cockpit', 'strategy'], () => import('./routes/cockpit')),
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
                lazy: () => withNamespaces(['measures'], () => import('./routes/measure')),
              },
              {
                path: ':id/bearbeiten',
                lazy: () => withNamespaces(['measures'], () => import('./routes/measure-edit')),
              },
              {
                path: ':id/beteiligung',
                lazy: () =>
                  withNamespaces(['measures'], () => import('./routes/measure-codetermination')),
              },
            ],
          },
          {
            path: 'leitplanken-matrix',
            lazy: () =>
              withNamespaces(['measures', 'strategy'], () => import('./routes/guardrail-matrix')),
          },
          {
            path: 'personalrat',
            lazy: () => withNamespaces(['measures'], () => import('./routes/staff-council')),
          },
          {
            path: 'barrierefreiheit',
            lazy: () => import('./routes/accessibility-statement'),
          },
          { path: 'barriere-melden', lazy: () => import('./routes/report-barrier') },
          { path: 'impressum', lazy: () => import('./routes/imprint') },
          { path: '*', lazy: () => import('./routes/not-found') },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
