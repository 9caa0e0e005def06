import { useQuery } from '@tanstack/react-query';
import { itemsOf } from '../../../lib/decode';
import { queryKeys } from '../../../lib/query-keys';
import { useTenant } from '../../../lib/tenant';
import { reportEventDecoder, staffReportDecoder } from './report-decoders';

export function reportPath(reportId: string): string {
  return `/api/reports/${encodeURIComponent(reportId)}`;
}

/** The report for staff: state, assignments, open deadlines, the caller's available actions. */
export function useReport(reportId: string) {
  const { tenant, api } = useTenant();
  return useQuery({
    queryKey: queryKeys.report(tenant.code, reportId),
    queryFn: ({ signal }) =>
      api.request(reportPath(reportId), { decode: staffReportDecoder, signal }),
  });
}

/** The report's whole history, oldest first. */
export function useReportEvents(reportId: string) {
  const { tenant, api } = useTenant();
  return useQuery({
    queryKey: queryKeys.reportEvents(tenant.code, reportId),
    queryFn: ({ signal }) =>
      api.request(`${reportPath(reportId)}/events`, {
        decode: itemsOf(reportEventDecoder),
        signal,
      }),
  });
}
