import { useQuery } from '@tanstack/react-query';
import { boolean, itemsOf, nullable, object, optional, string, stringMap } from './decode';
import { queryKeys } from './query-keys';
import { useTenant } from './tenant';

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

/**
 * Every organisation unit of the tenant, active or not: administrators see the whole tree, report
 * pages name the agencies of past assignments and offer the active ones.
 */
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
