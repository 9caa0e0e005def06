import { useQuery } from '@tanstack/react-query';
import { boolean, itemsOf, nullable, object, optional, string } from '../../../lib/decode';
import { queryKeys } from '../../../lib/query-keys';
import { roleList } from '../../../lib/roles';
import { useTenant } from '../../../lib/tenant';

const userDecoder = object({
  id: string,
  username: string,
  displayName: string,
  roles: roleList,
  orgUnitId: nullable(string),
  email: optional(string),
  phone: optional(string),
  isActive: boolean,
  isLocked: optional(boolean),
  lastSignInAt: optional(string),
});
export type StaffAccount = ReturnType<typeof userDecoder>;

/** Staff accounts of the tenant (administrators and supervisors see all of them). */
export function useUsers() {
  const { tenant, api } = useTenant();
  return useQuery({
    queryKey: queryKeys.users(tenant.code),
    queryFn: ({ signal }) => api.request('/api/users', { decode: itemsOf(userDecoder), signal }),
  });
}
