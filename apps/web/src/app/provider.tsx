import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/lib/i18n';
import { ViewerProvider, type Viewer } from '@/lib/viewer';

const ANONYMOUS_INTERNAL: Viewer = { role: null };

/** Everything a page needs around it: queries, translations, the viewer. */
export function AppProvider({
  queryClient,
  viewer = ANONYMOUS_INTERNAL,
  children,
}: {
  queryClient: QueryClient;
  viewer?: Viewer;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <ViewerProvider viewer={viewer}>{children}</ViewerProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
