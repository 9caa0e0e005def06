import { useQuery } from '@tanstack/react-query';
import { boolean, itemsOf, nullable, object, optional, string } from './decode';
import { queryKeys } from './query-keys';
import { useTenant } from './tenant';

const fieldDecoder = object({
  id: string,
  code: string,
  name: string,
  nameEn: optional(string),
  defaultAgencyId: nullable(string),
  fastTrack: optional(string),
  isActive: boolean,
});
export type ReportField = ReturnType<typeof fieldDecoder>;

/** Report fields (lĩnh vực) in display order, retired ones included. */
export function useFields() {
  const { tenant, api } = useTenant();
  return useQuery({
    queryKey: queryKeys.fields(tenant.code),
    queryFn: ({ signal }) =>
      api.request('/api/fields?includeInactive=true', { decode: itemsOf(fieldDecoder), signal }),
  });
}
