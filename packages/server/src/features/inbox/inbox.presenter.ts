/**
 * What the inbox and the staff list send: the case without the reporter's identity (that is a
 * separate, audited read), what it waits in, and its nearest deadline with its state.
 */
import type { InboxItem, InboxPage, Perspective } from './find-inbox';
import type { ReportListPage } from './find-reports';

function presentPerspective(perspective: Perspective) {
  switch (perspective.kind) {
    case 'tenant':
      return { kind: perspective.kind, unitId: null };
    case 'intake_center':
    case 'agency':
      return { kind: perspective.kind, unitId: perspective.unitId };
  }
}

export function presentInboxItem(item: InboxItem) {
  const isAssignment = item.assignment_id !== null;
  return {
    kind: isAssignment ? ('assignment' as const) : ('report' as const),
    /** The state the item waits in: the assignment's for an assignment, else the report's. */
    state: item.stage,
    /** The caller's own role must act (else another role of the caller's unit must). */
    isMine: item.grp === 0,
    report: {
      id: item.report_id,
      trackingCode: item.tracking_code,
      title: item.title,
      state: item.state,
      channel: item.channel,
      fieldId: item.field_id,
      areaId: item.area_id,
      leadAgencyId: item.lead_agency_id,
      intakeCenterId: item.intake_center_id,
      receivedAt: item.received_at.toISOString(),
      priority: item.priority,
      track: item.track,
      isConfidential: item.is_confidential,
      isStateSecret: item.is_state_secret,
      version: item.version,
    },
    assignment:
      isAssignment && item.assignment_engine_id
        ? {
            id: item.assignment_engine_id,
            role: item.assignment_role,
            state: item.assignment_state,
          }
        : null,
    deadline: item.deadline,
  };
}

export function presentInboxPage(page: InboxPage) {
  return {
    perspective: presentPerspective(page.perspective),
    items: page.items.map(presentInboxItem),
    nextCursor: page.nextCursor,
    counts: page.counts,
  };
}

export function presentReportList(page: ReportListPage) {
  return {
    items: page.items.map((row) => ({
      id: row.id,
      trackingCode: row.tracking_code,
      title: row.title,
      state: row.state,
      channel: row.channel,
      fieldId: row.field_id,
      areaId: row.area_id,
      leadAgencyId: row.lead_agency_id,
      intakeCenterId: row.intake_center_id,
      receivedAt: row.received_at.toISOString(),
      publishedAt: row.published_at?.toISOString() ?? null,
      priority: row.priority,
      track: row.track,
      isConfidential: row.is_confidential,
      isStateSecret: row.is_state_secret,
      version: row.version,
      deadline: row.deadline,
    })),
    nextCursor: page.nextCursor,
  };
}
