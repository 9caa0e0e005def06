import { z } from 'zod';
import { orgUnitKindSchema } from '../accounts/account.schemas';

export const codeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'code.invalid');

const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'text.too_long');

export const contactSchema = z
  .object({
    phone: z.string().trim().max(40).optional(),
    email: z.email('email.invalid').optional(),
    address: z.string().trim().max(300).optional(),
    website: z.url().optional(),
  })
  .strict();

export const createOrgUnitSchema = z.object({
  code: codeSchema,
  name: text(300),
  shortName: text(100).optional(),
  kind: orgUnitKindSchema,
  parentId: z.uuid().nullable().optional(),
  contact: contactSchema.optional(),
  calendarCode: codeSchema.nullable().optional(),
});

export const updateOrgUnitSchema = createOrgUnitSchema
  .omit({ code: true })
  .partial()
  .extend({ isActive: z.boolean().optional() });

export const orgUnitSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: orgUnitKindSchema,
  parentId: z.uuid().nullable(),
  contact: z.record(z.string(), z.string()),
  calendarCode: z.string().nullable(),
  isActive: z.boolean(),
});

export const idParamsSchema = z.object({ id: z.uuid() });

export type CreateOrgUnit = z.infer<typeof createOrgUnitSchema>;
export type UpdateOrgUnit = z.infer<typeof updateOrgUnitSchema>;
