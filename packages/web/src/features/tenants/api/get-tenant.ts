import { useQuery } from '@tanstack/react-query';
import { createApiClient } from '../../../lib/api-client';
import { object, string } from '../../../lib/decode';
import { queryKeys } from '../../../lib/query-keys';
import type { Tenant } from '../../../lib/tenant';

const tenantDecoder = object({ code: string, name: string, profileId: string, timeZone: string });

/** A tenant code as the server accepts it in `/t/{code}` (anything else names no tenant). */
export function isTenantCode(code: string): boolean {
  return /^[a-z0-9][a-z0-9-]{1,39}$/.test(code);
}

/** The tenant named by the route (public): its display name and time zone. */
export function useTenantInfo(tenantCode: string) {
  return useQuery({
    queryKey: queryKeys.tenant(tenantCode),
    queryFn: ({ signal }): Promise<Tenant> =>
      createApiClient({ tenantCode }).request('/api/tenant', { decode: tenantDecoder, signal }),
    enabled: isTenantCode(tenantCode),
    staleTime: 10 * 60_000,
  });
}
