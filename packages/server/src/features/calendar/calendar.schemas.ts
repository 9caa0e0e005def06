import { z } from 'zod';

export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date.invalid')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'date.invalid',
  );
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time.invalid');
export const calendarCodeSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'code.invalid');
export const dayKindSchema = z.enum([
  'holiday',
  'make_up_off',
  'swap_off',
  'swap_workday',
  'ad_hoc_off',
]);

export const calendarDaySchema = z.object({
  id: z.uuid(),
  calendarCode: z.string(),
  date: z.string(),
  kind: dayKindSchema,
  name: z.string(),
  status: z.enum(['provisional', 'confirmed']),
  legalBasis: z.string().nullable(),
  occasion: z.string().nullable(),
});

export const createCalendarDaySchema = z.object({
  calendarCode: calendarCodeSchema.default('default'),
  date: localDateSchema,
  kind: dayKindSchema,
  name: z.string().trim().min(1, 'required').max(200, 'text.too_long'),
  /** The notice an admin cites (e.g. "TB 9441/TB-BNV"); required to confirm a day. */
  legalBasis: z.string().trim().max(300).nullable().optional(),
  status: z.enum(['provisional', 'confirmed']).default('confirmed'),
});

export const updateCalendarDaySchema = z.object({
  date: localDateSchema.optional(),
  kind: dayKindSchema.optional(),
  name: z.string().trim().min(1, 'required').max(200, 'text.too_long').optional(),
  legalBasis: z.string().trim().max(300).nullable().optional(),
  status: z.enum(['provisional', 'confirmed']).optional(),
});

const intervalSchema = z.object({ start: localTimeSchema, end: localTimeSchema });
const seasonSchema = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date.invalid');

export const officeScheduleInputSchema = z.object({
  calendarCode: calendarCodeSchema.default('default'),
  name: z.string().trim().min(1, 'required').max(200, 'text.too_long'),
  validFrom: localDateSchema,
  validTo: localDateSchema.nullable().optional(),
  seasonFrom: seasonSchema.nullable().optional(),
  seasonTo: seasonSchema.nullable().optional(),
  weekdays: z.array(z.number().int().min(1).max(7)).min(1, 'required'),
  intervals: z.array(intervalSchema).min(1, 'required').max(6),
});

export const officeScheduleSchema = officeScheduleInputSchema.extend({
  id: z.uuid(),
  validTo: z.string().nullable(),
  seasonFrom: z.string().nullable(),
  seasonTo: z.string().nullable(),
});

export type OfficeScheduleInput = z.infer<typeof officeScheduleInputSchema>;
