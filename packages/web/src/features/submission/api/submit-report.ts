import { useMutation } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api-client';
import { object, string } from '../../../lib/decode';
import { useTenant } from '../../../lib/tenant';

const receiptDecoder = object({
  trackingCode: string,
  state: string,
  receivedAt: string,
  trackingUrl: string,
});
export type Receipt = ReturnType<typeof receiptDecoder>;

export type SubmitReportRequest = { body: Record<string, unknown>; idempotencyKey: string };

const MAX_RETRIES = 2;

/**
 * Sends a report (public, no account). The `Idempotency-Key` is the same for every attempt of
 * one submission, so a retry after a lost answer returns the first report instead of a second:
 * that is also why a network failure may be retried here, unlike other writes.
 */
export function useSubmitReport() {
  const { api } = useTenant();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: SubmitReportRequest) =>
      api.request('/api/reports', {
        method: 'POST',
        body,
        headers: { 'idempotency-key': idempotencyKey },
        decode: receiptDecoder,
      }),
    retry: (failureCount, error) =>
      failureCount < MAX_RETRIES && isApiError(error) && error.code === 'NETWORK_ERROR',
  });
}
