/**
 * Turns the engine's notification drafts into outbox jobs in the business transaction (issue 4
 * item 8): the reporter by the channel the profile names (the submission's channel, SMS or
 * e-mail), plus the reporters subscribed to this report (duplicates, Khánh Hòa Điều 12.1); units by
 * their contact address and their active staff's addresses. Each job has a dedupe key made of the
 * report, the event's place in its chain and the recipient, so a retried transaction never sends
 * twice; every key starts with the report's id.
 */
import type { EventDraft, NotificationDraft, RegulationProfile } from '@paht/domain';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB, Report, Role, Tenant } from '../../infra/db/schema';
import { enqueueJob } from '../../infra/jobs/outbox';
import { tenantProfile } from './engine-context';
import { reporterTemplate, staffTemplate } from './notification-templates';
import type {
  DeadlineValues,
  Language,
  NoticeType,
  TemplateValues,
} from './notification-templates';

export type NotifyInput = {
  tenant: Tenant;
  report: Report;
  drafts: readonly NotificationDraft[];
  events: readonly EventDraft[];
  now: Date;
};

/** What every notice about one report needs to know. */
export type NoticeContext = { tenant: Tenant; report: Report; now: Date; publicUrl: string };

/** Where the citizen follows a report: the private view asks for the phone number. */
export function trackingLink(publicUrl: string, tenant: Tenant, trackingCode: string): string {
  return `${publicUrl}/t/${tenant.code}/tra-cuu/${trackingCode}`;
}

export function staffLink(publicUrl: string, tenant: Tenant, reportId: string): string {
  return `${publicUrl}/t/${tenant.code}/can-bo/phan-anh/${reportId}`;
}

/** '14:30 02/03/2026' in the tenant's time zone (vi-VN order: time, then day/month/year). */
export function formatInstant(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')} ${part('day')}/${part('month')}/${part('year')}`;
}

/** A step's name, due instant and article as staff read them. */
export function deadlineValues(
  profile: RegulationProfile | null,
  tenant: Tenant,
  deadline: { step: string; dueAt: Date; article: string | null },
): DeadlineValues {
  const rule = profile?.steps.find((r) => r.id === deadline.step);
  const step =
    rule?.label.vi ??
    (deadline.step === 'progress_update' ? 'Cập nhật tình hình xử lý' : deadline.step);
  return {
    step,
    dueAt: formatInstant(deadline.dueAt, tenant.time_zone),
    article: deadline.article ?? rule?.article ?? '',
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function lines(...values: string[]): string {
  return values.filter((v) => v !== '').join('\n');
}

/**
 * What the reporter reads under the notice: never staff-internal text (an escalation's
 * explanation stays inside; its notice to the reporter goes out, Khánh Hòa Điều 3.5).
 */
async function reporterDetail(
  tx: Kysely<DB>,
  ctx: NoticeContext,
  type: NoticeType,
  event: EventDraft | undefined,
  language: Language,
): Promise<string> {
  const p = event?.payload ?? {};
  const en = language === 'en';
  const when = (value: unknown) => {
    const instant = text(value);
    return instant ? formatInstant(new Date(instant), ctx.tenant.time_zone) : '';
  };
  switch (type) {
    case 'report.information_requested':
      return text(p.message);
    case 'report.rejected': {
      const original = text(p.duplicateOf)
        ? await tx
            .selectFrom('reports')
            .select(['tracking_code'])
            .where('tenant_id', '=', ctx.tenant.id)
            .where('id', '=', text(p.duplicateOf))
            .executeTakeFirst()
        : undefined;
      return lines(
        text(p.explanation),
        text(p.guidance),
        // Khánh Hòa Điều 12.1: a duplicate is refused with the existing case's details.
        original
          ? `${en ? 'Earlier report' : 'Phản ánh đã tiếp nhận trước đó'}: ${original.tracking_code} — ${trackingLink(ctx.publicUrl, ctx.tenant, original.tracking_code)}`
          : '',
      );
    }
    case 'report.referred':
      return text(p.explanation);
    case 'report.published':
    case 'report.sent_privately':
    case 'report.answered_at_intake':
      return text(ctx.report.answer) || text(p.summary);
    case 'follow_up.answered':
      return text(p.answer);
    case 'assignment.extended':
      return lines(text(p.reason), p.to ? `${en ? 'New due date' : 'Hạn mới'}: ${when(p.to)}` : '');
    case 'assignment.reappointed':
      return lines(
        text(p.reason),
        p.newAppointmentAt ? `${en ? 'New date' : 'Hẹn mới'}: ${when(p.newAppointmentAt)}` : '',
      );
    case 'assignment.forwarded_to_back_office':
      return p.appointmentAt
        ? `${en ? 'Answer expected by' : 'Hẹn trả kết quả'}: ${when(p.appointmentAt)}`
        : '';
    case 'assignment.progress_updated':
      return text(p.note);
    case 'report.escalated':
      return text(p.noticeToReporter);
    default:
      return '';
  }
}

function staffDetail(type: NoticeType, event: EventDraft | undefined): string {
  const p = event?.payload ?? {};
  switch (type) {
    case 'assignment.returned':
    case 'answer.returned':
    case 'report.answer_returned':
    case 'assignment.extended':
    case 'assignment.reappointed':
      return text(p.reason);
    case 'answer.submitted':
      return text(p.summary);
    case 'follow_up.asked':
      return text(p.question);
    case 'follow_up.forwarded':
    case 'assignment.received':
      return text(p.note);
    case 'report.escalated':
      return text(p.explanation);
    default:
      return '';
  }
}

function reporterChannels(report: Report, channels: NotificationDraft['channels']) {
  const result = new Set<'email' | 'sms'>();
  for (const channel of channels) {
    if (channel === 'email' && report.reporter_email) {
      result.add('email');
    } else if (channel === 'sms' && report.reporter_phone) {
      result.add('sms');
    } else if (channel === 'submission_channel') {
      // The channel the report came through: e-mail when it came by e-mail or the reporter gave
      // an address; otherwise an SMS to the phone they gave (hotline, walk-in, web without mail).
      if (
        report.reporter_email &&
        ['email', 'web', 'mobile_app', 'national_portal'].includes(report.channel)
      ) {
        result.add('email');
      } else if (report.reporter_phone) {
        result.add('sms');
      } else if (report.reporter_email) {
        result.add('email');
      }
    }
  }
  return result;
}

/** Who of a unit hears of a notice: a draft answer waits for the leader's approval. */
const NOTICE_ROLES: Partial<Record<NoticeType, readonly Role[]>> = {
  'answer.submitted': ['leader'],
};

async function unitContacts(tx: Kysely<DB>, tenantId: string, unitId: string, type: NoticeType) {
  const unit = await tx
    .selectFrom('org_units')
    .select(['contact'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', unitId)
    .executeTakeFirst();
  const roles = NOTICE_ROLES[type];
  let users = tx
    .selectFrom('users')
    .select(['email'])
    .where('tenant_id', '=', tenantId)
    .where('org_unit_id', '=', unitId)
    .where('is_active', '=', true)
    .where('email', 'is not', null);
  if (roles) {
    users = users.where(sql<boolean>`roles && ${sql.val(roles)}::text[]`);
  }
  const emails = new Set<string>();
  if (unit?.contact.email) {
    emails.add(unit.contact.email);
  }
  for (const user of await users.orderBy('username').execute()) {
    if (user.email) {
      emails.add(user.email);
    }
  }
  return { emails: [...emails], phone: unit?.contact.phone ?? null };
}

async function enqueueForReporter(
  tx: Kysely<DB>,
  ctx: NoticeContext,
  type: NoticeType,
  dedupe: string,
  channels: Set<'email' | 'sms'>,
  event: EventDraft | undefined,
): Promise<void> {
  const { tenant, report } = ctx;
  const language = report.reporter_language;
  const values: TemplateValues = {
    trackingCode: report.tracking_code,
    title: report.title,
    link: trackingLink(ctx.publicUrl, tenant, report.tracking_code),
    detail: await reporterDetail(tx, ctx, type, event, language),
    tenantName: tenant.name,
  };
  const message = reporterTemplate(type, language, values);
  if (!message) {
    return;
  }
  if (channels.has('email') && report.reporter_email) {
    await enqueueJob(tx, {
      tenantId: tenant.id,
      kind: 'email',
      payload: {
        to: report.reporter_email,
        subject: message.subject,
        text: message.body,
        tag: type,
      },
      dedupeKey: `${dedupe}:reporter:${report.id}:email`,
      runAt: ctx.now,
    });
  }
  if (channels.has('sms') && report.reporter_phone) {
    await enqueueJob(tx, {
      tenantId: tenant.id,
      kind: 'sms',
      payload: { to: report.reporter_phone, text: message.sms, tag: type },
      dedupeKey: `${dedupe}:reporter:${report.id}:sms`,
      runAt: ctx.now,
    });
  }
}

/**
 * Staff of `unitId` hear of `type`: the unit's contact address and its active staff (the
 * deadline sweeper uses it for reminders and escalation notices). `dedupe` must start with the
 * report's id and name the occasion; the recipient is appended.
 */
export async function enqueueForUnit(
  tx: Kysely<DB>,
  ctx: NoticeContext,
  unitId: string,
  type: NoticeType,
  dedupe: string,
  channels: readonly string[],
  detail: string,
  deadline?: DeadlineValues,
): Promise<number> {
  const { tenant, report } = ctx;
  const message = staffTemplate(type, {
    trackingCode: report.tracking_code,
    title: report.title,
    link: staffLink(ctx.publicUrl, tenant, report.id),
    detail,
    tenantName: tenant.name,
    ...(deadline ? { deadline } : {}),
  });
  if (!message) {
    return 0;
  }
  const contacts = await unitContacts(tx, tenant.id, unitId, type);
  let count = 0;
  if (channels.includes('email')) {
    for (const email of contacts.emails) {
      await enqueueJob(tx, {
        tenantId: tenant.id,
        kind: 'email',
        payload: { to: email, subject: message.subject, text: message.body, tag: type },
        dedupeKey: `${dedupe}:unit:${unitId}:${email}`,
        runAt: ctx.now,
      });
      count += 1;
    }
  }
  if (channels.includes('sms') && contacts.phone) {
    await enqueueJob(tx, {
      tenantId: tenant.id,
      kind: 'sms',
      payload: { to: contacts.phone, text: message.sms, tag: type },
      dedupeKey: `${dedupe}:unit:${unitId}:sms`,
      runAt: ctx.now,
    });
    count += 1;
  }
  return count;
}

/** What reporters of duplicates hear of the original (Khánh Hòa Điều 12.1): never a private answer. */
const FOLLOWER_EVENTS: ReadonlySet<NoticeType> = new Set<NoticeType>([
  'report.published',
  'report.answered_at_intake',
  'report.escalated',
  'assignment.extended',
  'assignment.reappointed',
  'assignment.progress_updated',
]);

/**
 * Every reporter is told of receipt with the tracking code, whatever the profile lists: it is the
 * key to the public timeline (Khánh Hòa Điều 13.2, Sóc Trăng Điều 5.2). Kon Tum's own "receipt"
 * notice (QĐ 31/2021 Điều 38) is the intake acceptance, which its profile lists as well.
 */
async function withReceipt(
  drafts: readonly NotificationDraft[],
  events: readonly EventDraft[],
  profile: () => Promise<RegulationProfile>,
): Promise<readonly NotificationDraft[]> {
  const submitted = events.find((e) => e.type === 'report.submitted');
  const hasReceipt = drafts.some((d) => d.event === 'report.submitted' && d.to.kind === 'reporter');
  if (!submitted || hasReceipt) {
    return drafts;
  }
  const receipt: NotificationDraft = {
    event: 'report.submitted',
    reportId: submitted.reportId,
    assignmentId: null,
    to: { kind: 'reporter' },
    channels: (await profile()).notifyReporterVia,
  };
  return [receipt, ...drafts];
}

export async function enqueueNotifications(
  tx: Kysely<DB>,
  input: NotifyInput & { publicUrl: string },
): Promise<void> {
  const { report, events } = input;
  let profile: Promise<RegulationProfile> | undefined;
  const loadProfile = () => (profile ??= tenantProfile(tx, input.tenant));
  const drafts = await withReceipt(input.drafts, events, loadProfile);
  // The dedupe key names the report's chain position of the event, unique per event.
  const firstSeq = report.last_event_seq - events.length + 1;
  for (const draft of drafts) {
    const index = events.findIndex(
      (e) => e.type === draft.event && e.assignmentId === draft.assignmentId,
    );
    const event = events[index];
    const dedupe = `${report.id}:${firstSeq + Math.max(index, 0)}:${draft.event}`;
    if (draft.to.kind === 'reporter') {
      await enqueueForReporter(
        tx,
        input,
        draft.event,
        dedupe,
        reporterChannels(report, draft.channels),
        event,
      );
      if (!FOLLOWER_EVENTS.has(draft.event)) {
        continue;
      }
      const followers = await tx
        .selectFrom('report_subscriptions')
        .innerJoin('reports', 'reports.id', 'report_subscriptions.source_report_id')
        .selectAll('reports')
        .where('report_subscriptions.report_id', '=', report.id)
        .execute();
      for (const follower of followers) {
        await enqueueForReporter(
          tx,
          // The follower reads the original's title and answer under their own tracking code.
          { ...input, report: { ...follower, title: report.title, answer: report.answer } },
          draft.event,
          `${dedupe}:follower`,
          reporterChannels(follower, draft.channels),
          event,
        );
      }
    } else if (draft.event === 'deadline.overdue' && event) {
      const p = event.payload;
      const deadline = deadlineValues(await loadProfile(), input.tenant, {
        step: text(p.step),
        dueAt: new Date(text(p.dueAt)),
        article: text(p.article) || null,
      });
      await enqueueForUnit(
        tx,
        input,
        draft.to.unitId,
        draft.event,
        dedupe,
        draft.channels,
        '',
        deadline,
      );
    } else {
      await enqueueForUnit(
        tx,
        input,
        draft.to.unitId,
        draft.event,
        dedupe,
        draft.channels,
        staffDetail(draft.event, event),
      );
    }
  }
}
