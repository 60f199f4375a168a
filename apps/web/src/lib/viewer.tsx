import { createContext, useContext, type ReactNode } from 'react';
import type { Role } from '@leitplanken/shared';

/**
 * Who is looking at the app: the signed-in person's role (provided by the session, see
 * features/auth/components/session-provider.tsx), `null` when signed out.
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
