import { createContext, useContext, type ReactNode } from 'react';
import type { Role } from '@leitplanken/shared';

/**
 * Who is looking at the app. Until login exists everybody is an anonymous internal viewer
 * (`role: null`); the auth feature will provide the logged-in user's role here.
 */
export interface Viewer {
  role: Role | null;
}

const ANONYMOUS_INTERNAL: Viewer = { role: null };

const ViewerContext = createContext<Viewer>(ANONYMOUS_INTERNAL);

export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <ViewerContext value={viewer}>{children}</ViewerContext>;
}

export function useViewer(): Viewer {
  return useContext(ViewerContext);
}
