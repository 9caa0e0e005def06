/**
 * Who hears of an event. The reporter hears of the events the profile lists, through the channel
 * used (DOMAIN.md lifecycle step 6; Kon Tum mục I.1: SMS and e-mail); units hear of what they
 * must act on next. The server turns each draft into an outbox job in the same transaction.
 */
import type { RegulationProfile } from '../profiles/types';
import { activeLead } from './actors';
import type { EventDraft, NotificationDraft, ReportSnapshot } from './types';

function unitRecipients(
  event: EventDraft,
  snapshot: ReportSnapshot,
  profile: RegulationProfile,
): string[] {
  const assignment = snapshot.assignments.find((a) => a.id === event.assignmentId);
  const lead = activeLead(snapshot)?.agencyId;
  const intake = snapshot.intakeCenterId;
  switch (event.type) {
    case 'assignment.received':
    case 'answer.submitted':
    case 'answer.returned':
    case 'report.answer_returned':
    case 'coordination.completed':
      return assignment ? [assignment.agencyId] : [];
    case 'assignment.returned':
      if (assignment?.role === 'coordinating') {
        return [
          lead,
          profile.coordination?.namedBy === 'intake_center' ? intake : undefined,
        ].filter((id): id is string => id !== undefined);
      }
      return [intake];
    case 'report.answer_ready':
      return profile.publication.by === 'agency' && lead ? [lead] : [intake];
    case 'follow_up.asked':
      return profile.followUp?.via === 'intake_center' || !lead ? [intake] : [lead];
    case 'follow_up.forwarded':
      return lead ? [lead] : [];
    case 'assignment.extended':
    case 'assignment.reappointed':
    case 'report.escalated':
      return [intake];
    case 'deadline.overdue':
      return [assignment?.agencyId ?? intake];
    default:
      return [];
  }
}

export function notificationsFor(
  events: readonly EventDraft[],
  snapshot: ReportSnapshot,
  profile: RegulationProfile,
): NotificationDraft[] {
  const fastTrack = profile.fastTracks.find((t) => t.id === snapshot.track);
  const result: NotificationDraft[] = [];
  for (const event of events) {
    const base = { event: event.type, reportId: event.reportId, assignmentId: event.assignmentId };
    if (profile.notifyReporterOn.includes(event.type)) {
      result.push({ ...base, to: { kind: 'reporter' }, channels: profile.notifyReporterVia });
    }
    // Khánh Hòa Điều 10.2: on the urgent track the agency also gets an SMS.
    const sms = event.type === 'assignment.received' && fastTrack?.smsOnDistribution === true;
    for (const unitId of unitRecipients(event, snapshot, profile)) {
      result.push({
        ...base,
        to: { kind: 'unit', unitId },
        channels: sms ? ['email', 'sms'] : ['email'],
      });
    }
  }
  return result;
}
