import type { Role } from '@paht/domain';
import type { OrgUnitKind } from '../db/schema';
import type { Permission } from './permissions';

/** Who is making a request, resolved once per request (auth-context.ts). */
export type Actor = AnonymousActor | UserActor | ApiKeyActor;

export type AnonymousActor = { kind: 'anonymous'; tenantId: string | null };

export type UserActor = {
  kind: 'user';
  tenantId: string;
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  orgUnitId: string | null;
  orgUnitKind: OrgUnitKind | null;
  sessionId: string;
  csrfToken: string;
};

export type ApiKeyActor = {
  kind: 'api_key';
  tenantId: string;
  apiKeyId: string;
  name: string;
  scopes: Permission[];
  orgUnitId: string | null;
};

export type StaffActor = UserActor | ApiKeyActor;
