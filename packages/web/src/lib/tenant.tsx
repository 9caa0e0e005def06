import { createContext, useContext } from 'react';
import type { ApiClient } from './api-client';

export type Tenant = { code: string; name: string; profileId: string; timeZone: string };

export type TenantContextValue = { tenant: Tenant; api: ApiClient };

export const TenantContext = createContext<TenantContextValue | null>(null);

/** The tenant of the current `/t/:tenantCode/…` route and its API client. */
export function useTenant(): TenantContextValue {
  const value = useContext(TenantContext);
  if (!value) {
    throw new Error('useTenant outside a tenant route');
  }
  return value;
}
