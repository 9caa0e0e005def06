import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect } from 'react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../components/query-state';
import { isApiError } from './api-client';
import type { ApiClient } from './api-client';
import { nothing, nullable, object, optional, string } from './decode';
import { queryKeys } from './query-keys';
import { roleList } from './roles';
import { useTenant } from './tenant';
import { paths } from './paths';

const sessionDecoder = object({
  user: object({
    id: string,
    username: string,
    displayName: string,
    roles: roleList,
    orgUnit: nullable(object({ id: string, name: string, kind: string })),
  }),
  csrfToken: string,
  expiresAt: optional(string),
});

/** The signed-in staff member and the CSRF token of their session. */
export type Session = ReturnType<typeof sessionDecoder>;
export type SessionUser = Session['user'];
export type SignInInput = { username: string; password: string };

async function fetchSession(api: ApiClient, signal: AbortSignal): Promise<Session | null> {
  try {
    return await api.request('/api/auth/session', { decode: sessionDecoder, signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      return null;
    }
    throw error;
  }
}

/** The current session of this tenant: `null` when nobody is signed in. */
export function useSession() {
  const { tenant, api } = useTenant();
  return useQuery({
    queryKey: queryKeys.session(tenant.code),
    queryFn: ({ signal }) => fetchSession(api, signal),
    staleTime: 5 * 60_000,
  });
}

/**
 * Forgets what one tenant's signed-in user could see (everything under the tenant's key except
 * the public tenant record) and records who is signed in now.
 */
export function replaceSession(
  queryClient: QueryClient,
  tenantCode: string,
  session: Session | null,
): void {
  queryClient.removeQueries({
    queryKey: queryKeys.tenantRoot(tenantCode),
    predicate: (query) => query.queryKey[2] !== 'info' && query.queryKey[2] !== 'session',
  });
  queryClient.setQueryData(queryKeys.session(tenantCode), session);
}

export function useSignIn() {
  const { tenant, api } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) =>
      api.request('/api/auth/sign-in', { method: 'POST', body: input, decode: sessionDecoder }),
    onSuccess: (session) => replaceSession(queryClient, tenant.code, session),
  });
}

export function useSignOut() {
  const { tenant, api } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.request('/api/auth/sign-out', { method: 'POST', decode: nothing }),
    // Signed out locally even when the server call fails (an expired session answers 401).
    onSettled: () => {
      replaceSession(queryClient, tenant.code, null);
      queryClient.setQueryData(queryKeys.signedOut(tenant.code), true);
    },
  });
}

const SignedInContext = createContext<Session | null>(null);

/** The session inside a `RequireSession` route. */
export function useSignedInSession(): Session {
  const session = useContext(SignedInContext);
  if (!session) {
    throw new Error('useSignedInSession outside RequireSession');
  }
  return session;
}

/**
 * Renders its children for a signed-in user; others go to the sign-in page and come back here
 * once signed in. Someone who has just signed out is not brought back: the sign-in page says
 * they signed out instead.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { tenant } = useTenant();
  const queryClient = useQueryClient();
  const session = useSession();
  const location = useLocation();
  const hasSignedOut =
    session.data === null && queryClient.getQueryData(queryKeys.signedOut(tenant.code)) === true;

  useEffect(() => {
    // Said once: a protected page opened later is remembered as the place to come back to.
    if (hasSignedOut) {
      queryClient.removeQueries({ queryKey: queryKeys.signedOut(tenant.code), exact: true });
    }
  }, [hasSignedOut, queryClient, tenant.code]);

  if (session.isPending) {
    return <LoadingState />;
  }
  if (session.isError) {
    return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (!session.data) {
    // After signing out, the sign-in page confirms it (and sends no one back to this page).
    const state = hasSignedOut
      ? { signedOut: true }
      : { from: `${location.pathname}${location.search}` };
    return <Navigate to={paths.signIn(tenant.code)} replace state={state} />;
  }
  return <SignedInContext.Provider value={session.data}>{children}</SignedInContext.Provider>;
}
