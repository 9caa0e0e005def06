import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { useTenant } from '../../../lib/tenant';
import { publicReportDecoder } from './report-views';

/** The public view of a report by tracking code; a 404 means none is public under that code. */
export function usePublicReport(trackingCode: string) {
  const { tenant, api } = useTenant();
  return useQuery({
    queryKey: queryKeys.publicReport(tenant.code, trackingCode),
    queryFn: ({ signal }) =>
      api.request(`/api/public/reports/${encodeURIComponent(trackingCode)}`, {
        decode: publicReportDecoder,
        signal,
      }),
  });
}
