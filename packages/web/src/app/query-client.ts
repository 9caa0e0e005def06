import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-client';
import { replaceSession } from '../lib/auth';

const MAX_RETRIES = 2;

/** The tenant code of a tenant-scoped query key (`['tenant', code, …]`); mutations name it in `meta`. */
function tenantOf(queryKey: readonly unknown[]): string | null {
  return queryKey[0] === 'tenant' && typeof queryKey[1] === 'string' ? queryKey[1] : null;
}

/**
 * The one query client. A session that ended on the server (expiry, password changed elsewhere)
 * shows up as UNAUTHENTICATED on any call: the session is then forgotten, and the protected
 * route sends the user to sign in again. Client errors (4xx) are not retried: they would fail
 * the same way.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        const tenantCode = tenantOf(query.queryKey);
        if (tenantCode && isApiError(error) && error.code === 'UNAUTHENTICATED') {
          replaceSession(queryClient, tenantCode, null);
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        const tenantCode = mutation.meta?.tenantCode;
        if (
          typeof tenantCode === 'string' &&
          isApiError(error) &&
          error.code === 'UNAUTHENTICATED'
        ) {
          replaceSession(queryClient, tenantCode, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          failureCount < MAX_RETRIES &&
          !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
  return queryClient;
}
