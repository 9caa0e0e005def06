import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, notFound, validationFailed } from '../../infra/http/app-error';
import { authorize, authorizeList } from '../../infra/http/authorize';
import { idParamsSchema } from '../organisation/organisation.schemas';
import {
  calendarCodeSchema,
  calendarDaySchema,
  createCalendarDaySchema,
  localDateSchema,
  officeScheduleInputSchema,
  officeScheduleSchema,
  updateCalendarDaySchema,
} from './calendar.schemas';
import {
  findCalendarDays,
  findOfficeSchedules,
  presentCalendarDay,
  presentOfficeSchedule,
} from './calendar.queries';
import { officeScheduleProblems } from './office-schedule-rules';
import { generateCalendarDays, generateCalendarSchema } from './generate-calendar-days';

const tags = ['calendar'];

const legalBasisRequired = () =>
  validationFailed([
    {
      path: 'body.legalBasis',
      code: 'required',
      message: {
        vi: 'Cần ghi số văn bản (thông báo, công văn) khi xác nhận ngày nghỉ/làm bù.',
        en: 'Cite the notice number when confirming a day off or a swapped working day.',
      },
    },
  ]);

const dateTaken = () =>
  new AppError('CONFLICT', 'calendar date taken', {
    fields: [
      {
        path: 'body.date',
        code: 'taken',
        message: { vi: 'Ngày này đã có trong lịch.', en: 'This date is already in the calendar.' },
      },
    ],
  });

/** The working-time calendar as data: dated exceptions and office hours (W5, W6). */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/calendar/days',
    {
      schema: {
        tags,
        summary: 'Holidays, make-up days and swaps; provisional days await an admin’s confirmation',
        querystring: z.object({
          calendarCode: calendarCodeSchema.optional(),
          from: localDateSchema.optional(),
          to: localDateSchema.optional(),
        }),
        response: { 200: z.object({ items: z.array(calendarDaySchema) }) },
      },
      config: { permission: 'calendar.read' },
    },
    async (request) => {
      const { tenantId } = authorizeList(request.actor, 'calendar.read');
      const days = await findCalendarDays(db(), tenantId, request.query);
      return { items: days.map(presentCalendarDay) };
    },
  );

  app.post(
    '/api/calendar/days',
    {
      schema: {
        tags,
        summary: 'Add a day',
        body: createCalendarDaySchema,
        response: { 201: calendarDaySchema },
      },
      config: { permission: 'calendar.manage' },
    },
    async (request, reply) => {
      const staff = authorize(request.actor, 'calendar.manage');
      const input = request.body;
      if (input.status === 'confirmed' && !input.legalBasis) {
        throw legalBasisRequired();
      }
      const row = await db()
        .insertInto('calendar_days')
        .values({
          tenant_id: staff.tenantId,
          calendar_code: input.calendarCode,
          date: input.date,
          kind: input.kind,
          name: input.name,
          status: input.status,
          legal_basis: input.legalBasis ?? null,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'calendar_code', 'date']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!row) {
        throw dateTaken();
      }
      return reply.status(201).send(presentCalendarDay(row));
    },
  );

  app.patch(
    '/api/calendar/days/:id',
    {
      schema: {
        tags,
        summary: 'Confirm, move or rename a day, citing the notice',
        params: idParamsSchema,
        body: updateCalendarDaySchema,
        response: { 200: calendarDaySchema },
      },
      config: { permission: 'calendar.manage' },
    },
    async (request) => {
      const staff = authorize(request.actor, 'calendar.manage');
      const input = request.body;
      const existing = await db()
        .selectFrom('calendar_days')
        .selectAll()
        .where('tenant_id', '=', staff.tenantId)
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!existing) {
        throw notFound('calendar day');
      }
      const status = input.status ?? existing.status;
      const legalBasis = input.legalBasis !== undefined ? input.legalBasis : existing.legal_basis;
      if (status === 'confirmed' && !legalBasis) {
        throw legalBasisRequired();
      }
      if (input.date && input.date !== existing.date) {
        const clash = await db()
          .selectFrom('calendar_days')
          .select('id')
          .where('tenant_id', '=', staff.tenantId)
          .where('calendar_code', '=', existing.calendar_code)
          .where('date', '=', input.date)
          .executeTakeFirst();
        if (clash) {
          throw dateTaken();
        }
      }
      const row = await db()
        .updateTable('calendar_days')
        .set({
          ...(input.date !== undefined ? { date: input.date } : {}),
          ...(input.kind !== undefined ? { kind: input.kind } : {}),
          ...(input.name !== undefined ? { name: input.name } : {}),
          status,
          legal_basis: legalBasis,
        })
        .where('tenant_id', '=', staff.tenantId)
        .where('id', '=', request.params.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return presentCalendarDay(row);
    },
  );

  app.delete(
    '/api/calendar/days/:id',
    {
      schema: { tags, summary: 'Remove a day', params: idParamsSchema },
      config: { permission: 'calendar.manage' },
    },
    async (request, reply) => {
      const staff = authorize(request.actor, 'calendar.manage');
      const deleted = await db()
        .deleteFrom('calendar_days')
        .where('tenant_id', '=', staff.tenantId)
        .where('id', '=', request.params.id)
        .returning('id')
        .executeTakeFirst();
      if (!deleted) {
        throw notFound('calendar day');
      }
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/calendar/generate',
    {
      schema: {
        tags,
        summary:
          'Generate a year’s holidays by rule as provisional days (dates already in the calendar are kept)',
        body: generateCalendarSchema,
        response: { 201: z.object({ created: z.number(), items: z.array(calendarDaySchema) }) },
      },
      config: { permission: 'calendar.manage' },
    },
    async (request, reply) => {
      const staff = authorize(request.actor, 'calendar.manage');
      return reply.status(201).send(await generateCalendarDays(db(), staff.tenantId, request.body));
    },
  );

  app.get(
    '/api/calendar/schedules',
    {
      schema: {
        tags,
        summary: 'Office hours with validity dates and seasons',
        querystring: z.object({ calendarCode: calendarCodeSchema.optional() }),
        response: { 200: z.object({ items: z.array(officeScheduleSchema) }) },
      },
      config: { permission: 'calendar.read' },
    },
    async (request) => {
      const { tenantId } = authorizeList(request.actor, 'calendar.read');
      const rows = await findOfficeSchedules(db(), tenantId, request.query.calendarCode);
      return { items: rows.map(presentOfficeSchedule) };
    },
  );

  app.post(
    '/api/calendar/schedules',
    {
      schema: {
        tags,
        summary: 'Add office hours',
        body: officeScheduleInputSchema,
        response: { 201: officeScheduleSchema },
      },
      config: { permission: 'calendar.manage' },
    },
    async (request, reply) => {
      const staff = authorize(request.actor, 'calendar.manage');
      const input = request.body;
      const problems = officeScheduleProblems(input);
      if (problems.length > 0) {
        throw validationFailed(problems);
      }
      const row = await db()
        .insertInto('office_schedules')
        .values({
          tenant_id: staff.tenantId,
          calendar_code: input.calendarCode,
          name: input.name,
          valid_from: input.validFrom,
          valid_to: input.validTo ?? null,
          season_from: input.seasonFrom ?? null,
          season_to: input.seasonTo ?? null,
          weekdays: [...new Set(input.weekdays)].sort(),
          intervals: JSON.stringify(input.intervals),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return reply.status(201).send(presentOfficeSchedule(row));
    },
  );

  app.delete(
    '/api/calendar/schedules/:id',
    {
      schema: { tags, summary: 'Remove office hours', params: idParamsSchema },
      config: { permission: 'calendar.manage' },
    },
    async (request, reply) => {
      const staff = authorize(request.actor, 'calendar.manage');
      const deleted = await db()
        .deleteFrom('office_schedules')
        .where('tenant_id', '=', staff.tenantId)
        .where('id', '=', request.params.id)
        .returning('id')
        .executeTakeFirst();
      if (!deleted) {
        throw notFound('office schedule');
      }
      return reply.status(204).send();
    },
  );
};
