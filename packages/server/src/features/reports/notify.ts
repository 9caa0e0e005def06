/**
 * Turns the engine's notification drafts into outbox jobs in the business transaction (issue 4
 * item 8): the reporter by the channel the profile names (the submission's channel, SMS or
 * e-mail), plus the reporters subscribed to this report (duplicates, Khánh Hòa Điều 12.1); units by
 * their contact address and their active staff's addresses. Each job has a dedupe key made of the
 * event and the recipient, so a retried transaction never sends twice.
 */
import type { EventDraft, NotificationDraft } from '@paht/domain';
import type { Kysely } from 'kysely';
import type { DB, Report, Tenant } from '../../infra/db/schema';
import { enqueueJob } from '../../infra/jobs/outbox';
import { reporterTemplate, staffTemplate } from './notification-templates';
import type { Language, NoticeType, TemplateValues } from './notification-templates';

export type NotifyInput = {
  tenant: Tenant;
  report: Report;
  drafts: readonly NotificationDraft[];
  events: readonly EventDraft[];
  now: Date;
};

type Contact = { email: string | null; phone: string | null; language: Language };

/** Where the citizen follows a report: the private view asks for the phone number. */
export function trackingLink(publicUrl: string, tenant: Tenant, trackingCode: string): string {
  return `${publicUrl}/t/${tenant.code}/tra-cuu/${trackingCode}`;
}

export function staffLink(publicUrl: string, tenant: Tenant, reportId: string): string {
  return `${publicUrl}/t/${tenant.code}/can-bo/phan-anh/${reportId}`;
}

function detailOf(event: EventDraft | undefined): string {
  if (!event) {
    return '';
  }
  const p = event.payload;
  for (const key of ['message', 'explanation', 'reason', 'question', 'answer', 'summary', 'note']) {
    const value = p[key];
    if (typeof value === 'string' && value.trim() !== '') {
      return value;
    }
  }
  return '';
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

async function unitContacts(tx: Kysely<DB>, tenantId: string, unitId: string) {
  const unit = await tx
    .selectFrom('org_units')
    .select(['contact'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', unitId)
    .executeTakeFirst();
  const users = await tx
    .selectFrom('users')
    .select(['email'])
    .where('tenant_id', '=', tenantId)
    .where('org_unit_id', '=', unitId)
    .where('is_active', '=', true)
    .where('email', 'is not', null)
    .execute();
  const emails = new Set<string>();
  if (unit?.contact.email) {
    emails.add(unit.contact.email);
  }
  for (const user of users) {
    if (user.email) {
      emails.add(user.email);
    }
  }
  return { emails: [...emails], phone: unit?.contact.phone ?? null };
}

async function enqueueForReporter(
  tx: Kysely<DB>,
  input: { tenant: Tenant; report: Report; now: Date; publicUrl: string },
  type: NoticeType,
  dedupe: string,
  channels: Set<'email' | 'sms'>,
  detail: string,
): Promise<void> {
  const { tenant, report } = input;
  const contact: Contact = {
    email: report.reporter_email,
    phone: report.reporter_phone,
    language: report.reporter_language,
  };
  const values: TemplateValues = {
    trackingCode: report.tracking_code,
    title: report.title,
    link: trackingLink(input.publicUrl, tenant, report.tracking_code),
    detail,
    tenantName: tenant.name,
  };
  const text = reporterTemplate(type, contact.language, values);
  if (!text) {
    return;
  }
  if (channels.has('email') && contact.email) {
    await enqueueJob(tx, {
      tenantId: tenant.id,
      kind: 'email',
      payload: { to: contact.email, subject: text.subject, text: text.body, tag: type },
      dedupeKey: `${dedupe}:reporter:${report.id}:email`,
      runAt: input.now,
    });
  }
  if (channels.has('sms') && contact.phone) {
    await enqueueJob(tx, {
      tenantId: tenant.id,
      kind: 'sms',
      payload: { to: contact.phone, text: text.sms, tag: type },
      dedupeKey: `${dedupe}:reporter:${report.id}:sms`,
      runAt: input.now,
    });
  }
}

/** Staff of `unitId` hear of `type` (also used by the sweeper for reminders). */
export async function enqueueForUnit(
  tx: Kysely<DB>,
  input: { tenant: Tenant; report: Report; now: Date; publicUrl: string },
  unitId: string,
  type: NoticeType,
  dedupe: string,
  channels: readonly string[],
  detail: string,
): Promise<void> {
  const { tenant, report } = input;
  const text = staffTemplate(type, {
    trackingCode: report.tracking_code,
    title: report.title,
    link: staffLink(input.publicUrl, tenant, report.id),
    detail,
    tenantName: tenant.name,
  });
  if (!text) {
    return;
  }
  const contacts = await unitContacts(tx, tenant.id, unitId);
  if (channels.includes('email')) {
    for (const email of contacts.emails) {
      await enqueueJob(tx, {
        tenantId: tenant.id,
        kind: 'email',
        payload: { to: email, subject: text.subject, text: text.body, tag: type },
        dedupeKey: `${dedupe}:unit:${unitId}:${email}`,
        runAt: input.now,
      });
    }
  }
  if (channels.includes('sms') && contacts.phone) {
    await enqueueJob(tx, {
      tenantId: tenant.id,
      kind: 'sms',
      payload: { to: contacts.phone, text: text.sms, tag: type },
      dedupeKey: `${dedupe}:unit:${unitId}:sms`,
      runAt: input.now,
    });
  }
}

export async function enqueueNotifications(
  tx: Kysely<DB>,
  input: NotifyInput & { publicUrl: string },
): Promise<void> {
  const { report, drafts, events } = input;
  // The dedupe key names the report's chain position of the event, unique per event.
  const firstSeq = report.last_event_seq - events.length + 1;
  for (const draft of drafts) {
    const index = events.findIndex(
      (e) => e.type === draft.event && e.assignmentId === draft.assignmentId,
    );
    const event = events[index];
    const dedupe = `${report.id}:${firstSeq + Math.max(index, 0)}:${draft.event}`;
    const detail = detailOf(event);
    if (draft.to.kind === 'reporter') {
      await enqueueForReporter(
        tx,
        input,
        draft.event,
        dedupe,
        reporterChannels(report, draft.channels),
        detail,
      );
      // Reporters of duplicates follow this report's answer (Khánh Hòa Điều 12.1).
      const followers = await tx
        .selectFrom('report_subscriptions')
        .innerJoin('reports', 'reports.id', 'report_subscriptions.source_report_id')
        .selectAll('reports')
        .where('report_subscriptions.report_id', '=', report.id)
        .execute();
      for (const follower of followers) {
        await enqueueForReporter(
          tx,
          {
            ...input,
            report: { ...follower, title: report.title, tracking_code: follower.tracking_code },
          },
          draft.event,
          `${dedupe}:follower`,
          reporterChannels(follower, draft.channels),
          detail,
        );
      }
    } else {
      await enqueueForUnit(tx, input, draft.to.unitId, draft.event, dedupe, draft.channels, detail);
    }
  }
}
