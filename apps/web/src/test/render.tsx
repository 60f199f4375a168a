import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { AppProvider } from '@/app/provider';
import type { Viewer } from '@/lib/viewer';

/** A QueryClient for one test: no retries, nothing refetched behind the test's back. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity, gcTime: Infinity },
      mutations: { retry: false },
    },
  });
}

/** Renders `ui` with the app's providers and a memory router at `path`. */
export function renderWithProviders(
  ui: ReactElement,
  {
    queryClient = createTestQueryClient(),
    path = '/',
    viewer,
  }: { queryClient?: QueryClient; path?: string; viewer?: Viewer } = {},
) {
  const result = render(
    <AppProvider queryClient={queryClient} viewer={viewer}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </AppProvider>,
  );
  return { ...result, queryClient };
}
