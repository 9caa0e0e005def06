import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isVersionConflict } from '../../../lib/api-client';
import type { ApiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useTenant } from '../../../lib/tenant';
import { privateReportDecoder } from './report-views';
import type { PrivateReport } from './report-views';

/** Reporter actions the server accepts on the private view. */
export type ReporterAction = 'supplement_information' | 'ask_follow_up' | 'rate';

function fetchPrivateReport(
  api: ApiClient,
  trackingCode: string,
  phone: string,
  signal?: AbortSignal,
): Promise<PrivateReport> {
  return api.request(`/api/public/reports/${encodeURIComponent(trackingCode)}/private`, {
    method: 'POST',
    body: { phone },
    decode: privateReportDecoder,
    signal,
  });
}

/**
 * Opens the private view with the phone number given at submission. The answer is cached
 * under the code and phone (in memory only), where `usePrivateReport` reads and refreshes it.
 */
export function useOpenPrivateReport(trackingCode: string) {
  const { tenant, api } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (phone: string) => fetchPrivateReport(api, trackingCode, phone),
    onSuccess: (report, phone) =>
      queryClient.setQueryData(queryKeys.privateReport(tenant.code, trackingCode, phone), report),
  });
}

/**
 * The private view once opened. It is a POST (the phone is a secret, kept out of URLs and logs),
 * so it is not refetched on focus: the reporter's own actions bring the fresh view back.
 */
export function usePrivateReport(trackingCode: string, phone: string) {
  const { tenant, api } = useTenant();
  return useQuery({
    queryKey: queryKeys.privateReport(tenant.code, trackingCode, phone),
    queryFn: ({ signal }) => fetchPrivateReport(api, trackingCode, phone, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/**
 * The reporter supplements information, asks a follow-up question or rates the answer, with the
 * version they saw; the server answers with the new private view.
 */
export function useReporterAction(trackingCode: string, phone: string) {
  const { tenant, api } = useTenant();
  const queryClient = useQueryClient();
  const key = queryKeys.privateReport(tenant.code, trackingCode, phone);
  return useMutation({
    mutationFn: (command: {
      action: ReporterAction;
      version: number;
      input: Record<string, unknown>;
    }) =>
      api.request(`/api/public/reports/${encodeURIComponent(trackingCode)}/actions`, {
        method: 'POST',
        body: { phone, ...command },
        decode: privateReportDecoder,
      }),
    onSuccess: (report) => queryClient.setQueryData(key, report),
    // Someone (staff) changed the report meanwhile: show the reporter the current state.
    onError: (error) =>
      isVersionConflict(error) ? queryClient.invalidateQueries({ queryKey: key }) : undefined,
  });
}
