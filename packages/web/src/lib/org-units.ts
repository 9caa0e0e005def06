import { useQuery } from '@tanstack/react-query';
import {
  boolean,
  itemsOf,
  nullable,
  object,
  optional,
  string,
  stringMap,
} from '../../../lib/decode';
import { queryKeys } from '../../../lib/query-keys';
import { useTenant } from '../../../lib/tenant';

const orgUnitDecoder = object({
  id: string,
  code: string,
  name: string,
  shortName: optional(string),
  kind: string,
  parentId: nullable(string),
  contact: optional(stringMap),
  isActive: boolean,
});
export type OrgUnit = ReturnType<typeof orgUnitDecoder>;

/** Every organisation unit of the tenant, active or not (administrators see the whole tree). */
export function useOrgUnits() {
  const { tenant, api } = useTenant();
  return useQuery({
    queryKey: queryKeys.orgUnits(tenant.code),
    queryFn: ({ signal }) =>
      api.request('/api/org-units?includeInactive=true', {
        decode: itemsOf(orgUnitDecoder),
        signal,
      }),
  });
}
