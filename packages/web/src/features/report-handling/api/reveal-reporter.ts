import { useMutation } from '@tanstack/react-query';
import { useTenant } from '../../../lib/tenant';
import { reportPath } from './get-report';
import { reporterDecoder } from './report-decoders';

/**
 * The reporter's identity and contact. Every read is written to the audit log, so it is a
 * deliberate act (a button), never a query that refetches by itself on focus or remount.
 */
export function useRevealReporter(reportId: string) {
  const { tenant, api } = useTenant();
  return useMutation({
    meta: { tenantCode: tenant.code },
    mutationFn: () => api.request(`${reportPath(reportId)}/reporter`, { decode: reporterDecoder }),
  });
}
