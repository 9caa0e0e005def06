import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isVersionConflict } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useTenant } from '../../../lib/tenant';
import { reportPath } from './get-report';
import { staffReportDecoder } from './report-decoders';

export type ActionCommand = {
  action: string;
  version: number;
  input: Record<string, unknown>;
};

export type ContentEdit = { version: number; title: string; content: string };

/**
 * After a change: the server's answer is the report as it is now; its history is read again.
 * After a 409 (someone else changed it first), both are read again so the user sees the current
 * report before trying again.
 */
function useReportChange<V>(
  reportId: string,
  send: (variables: V) => Promise<ReturnType<typeof staffReportDecoder>>,
) {
  const { tenant } = useTenant();
  const queryClient = useQueryClient();
  const reportKey = queryKeys.report(tenant.code, reportId);
  const eventsKey = queryKeys.reportEvents(tenant.code, reportId);
  return useMutation({
    meta: { tenantCode: tenant.code },
    mutationFn: send,
    onSuccess: async (report) => {
      queryClient.setQueryData(reportKey, report);
      await queryClient.invalidateQueries({ queryKey: eventsKey });
    },
    onError: async (error) => {
      if (isVersionConflict(error)) {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: reportKey, exact: true }),
          queryClient.invalidateQueries({ queryKey: eventsKey }),
        ]);
      }
    },
  });
}

/** Takes a lifecycle action with the version the user saw (`POST /api/reports/:id/actions`). */
export function useTakeAction(reportId: string) {
  const { api } = useTenant();
  return useReportChange(reportId, (command: ActionCommand) =>
    api.request(`${reportPath(reportId)}/actions`, {
      method: 'POST',
      body: command,
      decode: staffReportDecoder,
    }),
  );
}

/** An intake operator corrects spelling and layout; the original text is kept. */
export function useEditContent(reportId: string) {
  const { api } = useTenant();
  return useReportChange(reportId, (edit: ContentEdit) =>
    api.request(`${reportPath(reportId)}/content`, {
      method: 'PATCH',
      body: edit,
      decode: staffReportDecoder,
    }),
  );
}
