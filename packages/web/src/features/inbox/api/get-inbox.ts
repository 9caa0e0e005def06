import { useInfiniteQuery } from '@tanstack/react-query';
import { array, boolean, number, numberMap, object, optional, string } from '../../../lib/decode';
import { queryKeys } from '../../../lib/query-keys';
import { useTenant } from '../../../lib/tenant';

const inboxPageDecoder = object({
  items: array(
    object({
      kind: string,
      state: string,
      isMine: boolean,
      report: object({
        id: string,
        trackingCode: string,
        title: string,
        state: string,
        receivedAt: string,
        isConfidential: boolean,
        isStateSecret: boolean,
      }),
      assignment: optional(object({ id: string, role: optional(string), state: optional(string) })),
      deadline: optional(
        object({ step: string, dueAt: string, state: string, isExtended: boolean }),
      ),
    }),
  ),
  nextCursor: optional(string),
  counts: object({
    total: number,
    overdue: number,
    byState: numberMap,
    /** Counting stops at a cap per state (server `COUNT_CAP`); then the totals are "at least". */
    isCapped: optional(boolean),
  }),
});
export type InboxPage = ReturnType<typeof inboxPageDecoder>;
export type InboxItem = InboxPage['items'][number];

export type InboxFilters = { q: string; state: string; overdue: boolean };

const PAGE_SIZE = 25;

/** What waits for me or my unit, nearest deadline first, a page at a time (`GET /api/inbox`). */
export function useInbox(filters: InboxFilters) {
  const { tenant, api } = useTenant();
  return useInfiniteQuery({
    queryKey: queryKeys.inbox(tenant.code, filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (filters.q.trim() !== '') {
        params.set('q', filters.q.trim());
      }
      if (filters.state !== '') {
        params.set('state', filters.state);
      }
      if (filters.overdue) {
        params.set('overdue', 'true');
      }
      if (pageParam) {
        params.set('cursor', pageParam);
      }
      return api.request(`/api/inbox?${params.toString()}`, { decode: inboxPageDecoder, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
}
