import { useQuery } from '@tanstack/react-query';
import { array, object, string } from '../../../lib/decode';
import { queryKeys } from '../../../lib/query-keys';
import { useTenant } from '../../../lib/tenant';
import { reportPath } from './get-report';

const candidatesDecoder = object({
  items: array(object({ id: string, trackingCode: string, title: string, state: string })),
});
export type DuplicateCandidate = ReturnType<typeof candidatesDecoder>['items'][number];

/** Reports like this one (near, recent, similar text): what "duplicate of" may point to. */
export function useDuplicateCandidates(reportId: string, isEnabled: boolean) {
  const { tenant, api } = useTenant();
  return useQuery({
    queryKey: queryKeys.duplicateCandidates(tenant.code, reportId),
    queryFn: async ({ signal }) =>
      (
        await api.request(`${reportPath(reportId)}/duplicate-candidates`, {
          decode: candidatesDecoder,
          signal,
        })
      ).items,
    enabled: isEnabled,
  });
}
