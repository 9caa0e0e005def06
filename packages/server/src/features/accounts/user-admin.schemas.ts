import { z } from 'zod';
import { roleSchema } from './account.schemas';

const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'username.invalid');

export const createUserSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1, 'required').max(200, 'text.too_long'),
  email: z.email('email.invalid').nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  roles: z.array(roleSchema).min(1, 'required'),
  orgUnitId: z.uuid().nullable().optional(),
  password: z.string().min(1, 'required').max(200),
});

export const updateUserSchema = createUserSchema
  .omit({ username: true, password: true })
  .partial()
  .extend({ isActive: z.boolean().optional(), unlock: z.literal(true).optional() });

export const resetPasswordSchema = z.object({
  newPassword: z.string().min(1, 'required').max(200),
});

export const listUsersQuerySchema = z.object({
  orgUnitId: z.uuid().optional(),
  role: roleSchema.optional(),
  q: z.string().trim().max(100).optional(),
});

export type CreateUser = z.infer<typeof createUserSchema>;
export type UpdateUser = z.infer<typeof updateUserSchema>;
