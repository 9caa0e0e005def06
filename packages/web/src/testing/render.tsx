import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { LanguageProvider } from '../i18n/language-provider';
import type { Language } from '../i18n/messages';
import { createApiClient } from '../lib/api-client';
import type { Session } from '../lib/auth';
import { queryKeys } from '../lib/query-keys';
import { TenantContext } from '../lib/tenant';
import type { Tenant } from '../lib/tenant';

export const TEST_TENANT: Tenant = {
  code: 'khanh-hoa',
  name: 'Tỉnh Khánh Hòa',
  profileId: 'khanh-hoa-2022',
  timeZone: 'Asia/Ho_Chi_Minh',
};

export type RecordedCall = { url: string; init: RequestInit };

/** A JSON (or problem+json) response, as the server sends them. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  const type = status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json';
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': type, ...headers },
  });
}

/** A stand-in for the network: answers each call with `respond` and records it. */
export function fakeFetch(respond: (call: RecordedCall) => Response | Promise<Response>) {
  const calls: RecordedCall[] = [];
  const fetchFn: typeof fetch = async (input, init = {}) => {
    const call = { url: String(input), init };
    calls.push(call);
    return respond(call);
  };
  return { fetch: fetchFn, calls };
}

/** A signed-in session as the server presents it; `user` overrides the demo administrator. */
export function testSession(user: Partial<Session['user']> = {}): Session {
  return {
    user: {
      id: '00000000-0000-4000-8000-000000000001',
      username: 'admin',
      displayName: 'Nguyễn Văn An',
      roles: ['admin'],
      orgUnit: null,
      ...user,
    },
    csrfToken: 'csrf-test-token',
    expiresAt: null,
  };
}

function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}

/** Renders `ui` outside any tenant (the chooser, the header): language, queries and router. */
export function renderPage(
  ui: ReactElement,
  {
    language = 'vi',
    initialEntries = ['/'],
  }: { language?: Language; initialEntries?: string[] } = {},
) {
  const queryClient = testQueryClient();
  const result = render(
    <LanguageProvider initialLanguage={language}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={initialEntries}>{ui}</MemoryRouter>
      </QueryClientProvider>
    </LanguageProvider>,
  );
  return { ...result, queryClient };
}

/**
 * Renders `ui` as a tenant page: language, query client, router and tenant context, with the API
 * client on `fetchFn`. `session` seeds the signed-in session (its CSRF token goes on writes);
 * `initialEntries` is the router's history, for `ui` that holds its own `<Routes>`.
 */
export function renderTenantPage(
  ui: ReactElement,
  {
    fetchFn,
    language = 'vi',
    session,
    initialEntries = [`/t/${TEST_TENANT.code}`],
  }: {
    fetchFn: typeof fetch;
    language?: Language;
    session?: Session | null;
    initialEntries?: string[];
  },
) {
  const queryClient = testQueryClient();
  if (session !== undefined) {
    queryClient.setQueryData(queryKeys.session(TEST_TENANT.code), session);
  }
  const api = createApiClient({
    tenantCode: TEST_TENANT.code,
    fetch: fetchFn,
    getCsrfToken: () =>
      queryClient.getQueryData<Session | null>(queryKeys.session(TEST_TENANT.code))?.csrfToken,
  });
  const result = render(
    <LanguageProvider initialLanguage={language}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={initialEntries}>
          <TenantContext.Provider value={{ tenant: TEST_TENANT, api }}>{ui}</TenantContext.Provider>
        </MemoryRouter>
      </QueryClientProvider>
    </LanguageProvider>,
  );
  return { ...result, queryClient };
}
