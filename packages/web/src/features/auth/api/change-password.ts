import { useMutation } from '@tanstack/react-query';
import { nothing } from '../../../lib/decode';
import { useTenant } from '../../../lib/tenant';

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

/** Changes the signed-in user's password; the server ends their other sessions. */
export function useChangePassword() {
  const { tenant, api } = useTenant();
  return useMutation({
    meta: { tenantCode: tenant.code },
    mutationFn: (input: ChangePasswordInput) =>
      api.request('/api/auth/password', { method: 'POST', body: input, decode: nothing }),
  });
}
