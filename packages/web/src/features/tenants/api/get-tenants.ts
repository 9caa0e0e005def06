import { useQuery } from '@tanstack/react-query';
import { createApiClient } from '../../../lib/api-client';
import { itemsOf, object, string } from '../../../lib/decode';
import { queryKeys } from '../../../lib/query-keys';

const tenantSummaryDecoder = object({ code: string, name: string, profileId: string });
export type TenantSummary = ReturnType<typeof tenantSummaryDecoder>;

const deploymentApi = createApiClient();

/** The provinces this deployment serves (public). */
export function useTenants() {
  return useQuery({
    queryKey: queryKeys.tenants(),
    queryFn: ({ signal }) =>
      deploymentApi.request('/api/tenants', { decode: itemsOf(tenantSummaryDecoder), signal }),
    staleTime: 10 * 60_000,
  });
}
