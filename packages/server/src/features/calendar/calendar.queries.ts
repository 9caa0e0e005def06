import type { Kysely } from 'kysely';
import type { CalendarDay, DB, OfficeSchedule } from '../../infra/db/schema';

export async function findCalendarDays(
  db: Kysely<DB>,
  tenantId: string,
  filter: { calendarCode?: string | undefined; from?: string | undefined; to?: string | undefined },
): Promise<CalendarDay[]> {
  let query = db.selectFrom('calendar_days').selectAll().where('tenant_id', '=', tenantId);
  if (filter.calendarCode) {
    query = query.where('calendar_code', '=', filter.calendarCode);
  }
  if (filter.from) {
    query = query.where('date', '>=', filter.from);
  }
  if (filter.to) {
    query = query.where('date', '<=', filter.to);
  }
  return query.orderBy('date').execute();
}

export async function findOfficeSchedules(
  db: Kysely<DB>,
  tenantId: string,
  calendarCode?: string,
): Promise<OfficeSchedule[]> {
  let query = db.selectFrom('office_schedules').selectAll().where('tenant_id', '=', tenantId);
  if (calendarCode) {
    query = query.where('calendar_code', '=', calendarCode);
  }
  return query.orderBy('calendar_code').orderBy('valid_from').execute();
}

export function presentCalendarDay(day: CalendarDay) {
  return {
    id: day.id,
    calendarCode: day.calendar_code,
    date: day.date,
    kind: day.kind,
    name: day.name,
    status: day.status,
    legalBasis: day.legal_basis,
    occasion: day.occasion,
  };
}

export function presentOfficeSchedule(schedule: OfficeSchedule) {
  return {
    id: schedule.id,
    calendarCode: schedule.calendar_code,
    name: schedule.name,
    validFrom: schedule.valid_from,
    validTo: schedule.valid_to,
    seasonFrom: schedule.season_from,
    seasonTo: schedule.season_to,
    weekdays: schedule.weekdays,
    intervals: schedule.intervals,
  };
}
