import { ROLES } from '@paht/domain';
import { z } from 'zod';

export const roleSchema = z.enum(ROLES);
export const orgUnitKindSchema = z.enum([
  'intake_center',
  'provincial_committee',
  'department',
  'commune',
  'utility',
  'central_agency',
  'other',
]);

export const signInSchema = z.object({
  username: z.string().trim().min(1, 'required').max(64),
  password: z.string().min(1, 'required').max(200),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'required').max(200),
  newPassword: z.string().min(1, 'required').max(200),
});

export const sessionResponseSchema = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(roleSchema),
    orgUnit: z.object({ id: z.uuid(), name: z.string(), kind: orgUnitKindSchema }).nullable(),
  }),
  csrfToken: z.string(),
  expiresAt: z.string().nullable(),
});

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  roles: z.array(roleSchema),
  orgUnitId: z.uuid().nullable(),
  orgUnitName: z.string().nullable(),
  isActive: z.boolean(),
  isLocked: z.boolean(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
