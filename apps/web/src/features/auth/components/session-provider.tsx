import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionUser } from '@leitplanken/shared';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { ViewerProvider } from '@/lib/viewer';
import { sessionQueryOptions } from '../api/get-session';
import { useLogout } from '../api/logout';
import { ReloginDialog } from './relogin-dialog';

export interface Session {
  /** `pending` until `GET /api/auth/me` answered; `error` when it could not be asked. */
  status: 'pending' | 'error' | 'ready';
  user: SessionUser | null;
  error: unknown;
  retry: () => void;
  signOut: () => Promise<void>;
  /** Signed out by the person in this tab (the sign-in page says so). */
  justSignedOut: boolean;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside <SessionProvider>');
  return session;
}

interface Pending {
  promise: Promise<boolean>;
  resolve: (signedInAgain: boolean) => void;
}

/**
 * Knows who is signed in (and tells the navigation through the viewer context). When a request
 * of a signed-in person meets 401 – the session ended on the server (idle, absolute timeout,
 * deactivated, signed out elsewhere) – it does not navigate away: a dialog asks for the password
 * again over the page, the waiting requests are then sent once more, so nothing typed is lost.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery(sessionQueryOptions());
  const logout = useLogout();
  const user = query.data ?? null;
  const userRef = useRef(user);
  useEffect(() => {
    userRef.current = user;
  }, [user]);
  const pending = useRef<Pending | null>(null);
  const [reloginFor, setReloginFor] = useState<SessionUser | null>(null);
  const [signedOut, setSignedOut] = useState(false);

  useEffect(
    () =>
      api.onUnauthorized(({ path }) => {
        // Sign-in, sign-out and the session check answer 401 by design.
        if (path.startsWith('/auth/')) return undefined;
        const expired = userRef.current;
        if (!expired) return undefined; // never signed in: the route guard sends to /anmelden
        if (!pending.current) {
          let resolve: (value: boolean) => void = () => undefined;
          const promise = new Promise<boolean>((r) => (resolve = r));
          pending.current = { promise, resolve };
          setReloginFor(expired);
        }
        return pending.current.promise;
      }),
    [],
  );

  const finishRelogin = useCallback(
    (signedInAgain: boolean) => {
      pending.current?.resolve(signedInAgain);
      pending.current = null;
      setReloginFor(null);
      if (signedInAgain) void queryClient.invalidateQueries({ refetchType: 'active' });
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    finishRelogin(false);
    setSignedOut(true);
    await logout.mutateAsync().catch(() => undefined);
  }, [finishRelogin, logout]);

  const session = useMemo<Session>(
    () => ({
      status: query.isPending ? 'pending' : query.isError ? 'error' : 'ready',
      user,
      error: query.error,
      retry: () => void query.refetch(),
      signOut,
      justSignedOut: signedOut && user === null,
    }),
    [query, user, signOut, signedOut],
  );
  const viewer = useMemo(() => ({ role: user?.role ?? null }), [user?.role]);

  return (
    <SessionContext value={session}>
      <ViewerProvider viewer={viewer}>
        {children}
        <ReloginDialog
          user={reloginFor}
          onSignedIn={(again) => {
            queryClient.setQueryData(queryKeys.session.me(), again);
            finishRelogin(true);
          }}
          onCancel={() => finishRelogin(false)}
          onOtherAccount={() => void signOut()}
        />
      </ViewerProvider>
    </SessionContext>
  );
}
