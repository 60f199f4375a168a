import { Suspense, useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { Loader } from '@/components/ui/loader';
import { queryClient } from '@/lib/query-client';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

export function App() {
  const [router] = useState(createAppRouter);
  return (
    <AppProvider queryClient={queryClient}>
      <Suspense fallback={<Loader />}>
        <RouterProvider router={router} />
      </Suspense>
    </AppProvider>
  );
}
