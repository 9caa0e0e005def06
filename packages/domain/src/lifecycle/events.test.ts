/**
 * Every action records events with stable type names (HOUSE_STYLE "Naming": entity.past-tense;
 * docs/lifecycle.md "Actions"): one successful run of each action, with the exact events it
 * records, in order. Renaming an event breaks this test and the server's stored history alike.
 */
import { describe, expect, it } from 'vitest';
import { HOA_BINH_1022 } from '../profiles/hoa-binh-1022';
import { KHANH_HOA_2022 } from '../profiles/khanh-hoa-2022';
import { KON_TUM_DVCQG } from '../profiles/kon-tum-dvcqg';
import { SOC_TRANG_2024 } from '../profiles/soc-trang-2024';
import { VINH_LONG_2020 } from '../profiles/vinh-long-2020';
import { EVENT_TYPES } from './event-types';
import type { EventType } from './event-types';
import type { ActorName, Scenario } from './test-support';
import { ACTORS, AGENCY_A, AGENCY_B, show, startScenario } from './test-support';
import type { ActionName } from './types';
import { ASSIGNMENT_ACTIONS, REPORT_ACTIONS } from './types';

const local = (at: Date) => show(at).slice(0, 16).replace('T', ' ');

/** Sóc Trăng, distributed to agency A on Mon 11 May 2026 08:00. */
function socTrang(create: Record<string, unknown> = {}): Scenario {
  const s = startScenario(SOC_TRANG_2024, { at: '2026-05-08 16:00', ...create });
  s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
  return s;
}

/** Sóc Trăng, the lead's answer approved: `answer_ready`. */
function socTrangReady(create: Record<string, unknown> = {}): Scenario {
  const s = socTrang(create);
  const a1 = s.assignment(1);
  s.act(
    'leadSpecialist',
    'submit_answer',
    { assignmentId: a1, summary: 'Đã xử lý.' },
    '2026-05-12 09:00',
  );
  s.act('leadLeader', 'approve', { assignmentId: a1 }, '2026-05-12 10:00');
  return s;
}

function socTrangAnswered(): Scenario {
  const s = socTrangReady();
  s.act('operator', 'publish', {}, '2026-05-12 11:00');
  return s;
}

/** Sóc Trăng with agency B coordinating under lead A. */
function socTrangCoordinated(): Scenario {
  const s = socTrang();
  s.act(
    'leadSpecialist',
    'forward_to_coordinators',
    { assignmentId: s.assignment(1), agencyIds: [AGENCY_B] },
    '2026-05-11 09:00',
  );
  return s;
}

function khanhHoa(create: Record<string, unknown> = {}): Scenario {
  const s = startScenario(KHANH_HOA_2022, { at: '2026-05-08 16:00', ...create });
  s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
  return s;
}

function vinhLongAnswered(): Scenario {
  const s = startScenario(VINH_LONG_2020, { at: '2026-05-08 16:00' });
  s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
  const a1 = s.assignment(1);
  s.act('leadSpecialist', 'accept', { assignmentId: a1 }, '2026-05-11 09:00');
  s.act(
    'leadSpecialist',
    'submit_answer',
    { assignmentId: a1, summary: 'Đã xử lý.' },
    '2026-05-12 09:00',
  );
  s.act('leadLeader', 'approve', { assignmentId: a1 }, '2026-05-12 10:00');
  s.act('leadSpecialist', 'publish', {}, '2026-05-12 11:00');
  return s;
}

function konTum(): Scenario {
  const s = startScenario(KON_TUM_DVCQG, { at: '2026-05-08 16:00', contactKind: 'feedback' });
  s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
  return s;
}

function hoaBinh(): Scenario {
  const s = startScenario(HOA_BINH_1022, { at: '2026-05-11 09:00', contactKind: 'feedback' });
  s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 09:05');
  return s;
}

type Case = {
  action: ActionName;
  what: string;
  setup: () => Scenario;
  actor: ActorName;
  input: (s: Scenario) => Record<string, unknown>;
  at: string | ((s: Scenario) => string);
  events: EventType[];
};

const a1 = (s: Scenario) => ({ assignmentId: s.assignment(1) });
const a2 = (s: Scenario) => ({ assignmentId: s.assignment(2) });

const CASES: Case[] = [
  {
    action: 'request_information',
    what: 'Sóc Trăng Điều 7.1',
    setup: () => startScenario(SOC_TRANG_2024, { at: '2026-05-08 16:00' }),
    actor: 'operator',
    input: () => ({ message: 'Xin bổ sung địa điểm.' }),
    at: '2026-05-11 08:00',
    events: ['report.information_requested'],
  },
  {
    action: 'supplement_information',
    what: 'the reporter answers',
    setup: () => {
      const s = startScenario(SOC_TRANG_2024, { at: '2026-05-08 16:00' });
      s.act('operator', 'request_information', { message: 'Địa điểm?' }, '2026-05-11 08:00');
      return s;
    },
    actor: 'reporter',
    input: () => ({ note: 'Số 12 Lê Lợi.' }),
    at: '2026-05-11 09:00',
    events: ['report.information_supplemented'],
  },
  {
    action: 'reject',
    what: 'Khánh Hòa Điều 12.1 duplicate, with the existing case',
    setup: () => startScenario(KHANH_HOA_2022, { at: '2026-05-08 16:00' }),
    actor: 'operator',
    input: () => ({ reason: 'duplicate', duplicateOf: 'PA-2026-000123', explanation: 'Trùng.' }),
    at: '2026-05-11 08:00',
    events: ['report.rejected'],
  },
  {
    action: 'refer',
    what: 'Sóc Trăng Điều 7.4',
    setup: () => startScenario(SOC_TRANG_2024, { at: '2026-05-08 16:00' }),
    actor: 'operator',
    input: () => ({ kind: 'authorities_monitoring', unitId: 'police', explanation: 'Đã qua.' }),
    at: '2026-05-11 08:00',
    events: ['report.referred'],
  },
  {
    action: 'accept_intake',
    what: 'Sóc Trăng Phụ lục II Bước 1',
    setup: () => startScenario(SOC_TRANG_2024, { at: '2026-05-08 16:00' }),
    actor: 'operator',
    input: () => ({ editedForClarity: true }),
    at: '2026-05-11 08:00',
    events: ['report.intake_accepted'],
  },
  {
    action: 'distribute',
    what: 'Kon Tum mục I.7: lead and coordinating agency at once, intake acceptance implied',
    setup: () => startScenario(KON_TUM_DVCQG, { at: '2026-05-08 16:00', contactKind: 'feedback' }),
    actor: 'operator',
    input: () => ({ leadAgencyId: AGENCY_A, coordinatingAgencyIds: [AGENCY_B] }),
    at: '2026-05-11 08:00',
    events: [
      'report.intake_accepted',
      'report.distributed',
      'assignment.received',
      'assignment.received',
    ],
  },
  {
    action: 'answer_at_intake',
    what: 'Hòa Bình Điều 8.1.a',
    setup: () => startScenario(HOA_BINH_1022, { at: '2026-05-11 09:00', contactKind: 'inquiry' }),
    actor: 'operator',
    input: () => ({ summary: 'Lệ phí 50.000 đồng.' }),
    at: '2026-05-11 09:05',
    events: ['report.answered_at_intake', 'report.published'],
  },
  {
    action: 'forward_emergency',
    what: 'Sóc Trăng Điều 8.6 Bước 1',
    setup: () =>
      startScenario(SOC_TRANG_2024, {
        at: '2026-05-09 22:00',
        fieldCode: 'fire',
        isIncident: true,
      }),
    actor: 'operator',
    input: () => ({ agencyId: AGENCY_A }),
    at: '2026-05-09 22:01',
    events: ['report.emergency_forwarded', 'assignment.received'],
  },
  {
    action: 'request_lead_designation',
    what: 'Sóc Trăng Điều 3.8',
    setup: () => startScenario(SOC_TRANG_2024, { at: '2026-05-08 16:00' }),
    actor: 'operator',
    input: () => ({ explanation: 'Chưa xác định được cơ quan chủ trì.' }),
    at: '2026-05-11 08:00',
    events: ['report.lead_designation_requested'],
  },
  {
    action: 'escalate',
    what: 'Sóc Trăng Điều 3.7: agencies disagree',
    setup: socTrangCoordinated,
    actor: 'operator',
    input: () => ({ reason: 'agencies_disagree', explanation: 'Hai sở chưa thống nhất.' }),
    at: '2026-05-13 09:00',
    events: ['report.escalated'],
  },
  {
    action: 'resolve_escalation',
    what: "the Province's written direction",
    setup: () => {
      const s = socTrangCoordinated();
      s.act(
        'operator',
        'escalate',
        { reason: 'agencies_disagree', explanation: 'x' },
        '2026-05-13 09:00',
      );
      return s;
    },
    actor: 'supervisor',
    input: () => ({ decisionRef: 'CV 123/UBND-KT' }),
    at: '2026-05-14 09:00',
    events: ['report.escalation_resolved'],
  },
  {
    action: 'mark_state_secret',
    what: 'Khánh Hòa Điều 9.3, during handling',
    setup: () => khanhHoa(),
    actor: 'leadLeader',
    input: () => ({ basis: 'Luật Bảo vệ bí mật nhà nước 2018' }),
    at: '2026-05-11 10:00',
    events: ['report.marked_state_secret'],
  },
  {
    action: 'publish',
    what: 'Sóc Trăng Điều 9.2',
    setup: () => socTrangReady(),
    actor: 'operator',
    input: () => ({}),
    at: '2026-05-12 11:00',
    events: ['report.published'],
  },
  {
    action: 'send_privately',
    what: 'Sóc Trăng Điều 9.3.b',
    setup: () => socTrangReady({ confidential: true }),
    actor: 'operator',
    input: () => ({}),
    at: '2026-05-12 11:00',
    events: ['report.sent_privately'],
  },
  {
    action: 'withhold',
    what: 'Sóc Trăng Điều 9.3.c',
    setup: () => {
      const s = socTrang();
      s.act('operator', 'mark_state_secret', { basis: 'x' }, '2026-05-11 09:00');
      s.act('leadSpecialist', 'submit_answer', { ...a1(s), summary: 'x' }, '2026-05-12 09:00');
      s.act('leadLeader', 'approve', a1(s), '2026-05-12 10:00');
      return s;
    },
    actor: 'operator',
    input: () => ({}),
    at: '2026-05-12 11:00',
    events: ['report.withheld'],
  },
  {
    action: 'return_answer',
    what: 'Sóc Trăng Điều 9.4: no answer content',
    setup: () => socTrangReady(),
    actor: 'operator',
    input: () => ({ reason: 'Chưa có nội dung trả lời.' }),
    at: '2026-05-12 11:00',
    events: ['report.answer_returned'],
  },
  {
    action: 'ask_follow_up',
    what: 'Sóc Trăng Điều 10.1',
    setup: socTrangAnswered,
    actor: 'reporter',
    input: () => ({ question: 'Khi nào sửa xong?' }),
    at: '2026-05-13 09:00',
    events: ['follow_up.asked'],
  },
  {
    action: 'forward_follow_up',
    what: 'Vĩnh Long Điều 11.3',
    setup: () => {
      const s = vinhLongAnswered();
      s.act('reporter', 'ask_follow_up', { question: 'Khi nào?' }, '2026-05-13 09:00');
      return s;
    },
    actor: 'operator',
    input: () => ({}),
    at: '2026-05-13 10:00',
    events: ['follow_up.forwarded'],
  },
  {
    action: 'answer_follow_up',
    what: 'Sóc Trăng Điều 10.2',
    setup: () => {
      const s = socTrangAnswered();
      s.act('reporter', 'ask_follow_up', { question: 'Khi nào?' }, '2026-05-13 09:00');
      return s;
    },
    actor: 'leadSpecialist',
    input: () => ({ answer: 'Trong tuần này.' }),
    at: '2026-05-14 09:00',
    events: ['follow_up.answered'],
  },
  {
    action: 'rate',
    what: 'Sóc Trăng Điều 10.3: the first rating',
    setup: socTrangAnswered,
    actor: 'reporter',
    input: () => ({ level: 'very_satisfied' }),
    at: '2026-05-13 09:00',
    events: ['rating.given'],
  },
  {
    action: 'rate',
    what: 'a change within the window',
    setup: () => {
      const s = socTrangAnswered();
      s.act('reporter', 'rate', { level: 'dissatisfied' }, '2026-05-13 09:00');
      return s;
    },
    actor: 'reporter',
    input: () => ({ level: 'satisfied' }),
    at: '2026-05-14 09:00',
    events: ['rating.changed'],
  },
  {
    action: 'mark_overdue',
    what: 'Sóc Trăng Điều 8.5',
    setup: () => socTrang(),
    actor: 'system',
    input: (s) => ({ deadlineId: s.deadline('handling', s.assignment(1))?.id }),
    at: '2026-05-19 17:00',
    events: ['deadline.overdue'],
  },
  {
    action: 'accept',
    what: 'Khánh Hòa Điều 7.3: accepting includes forwarding to a coordinating agency',
    setup: () => khanhHoa(),
    actor: 'leadSpecialist',
    input: (s) => ({ ...a1(s), coordinatingAgencyIds: [AGENCY_B] }),
    at: '2026-05-11 09:00',
    events: ['assignment.accepted', 'assignment.coordination_requested', 'assignment.received'],
  },
  {
    action: 'return',
    what: 'the lead returns: its coordinators are cancelled and intake re-distributes',
    setup: socTrangCoordinated,
    actor: 'leadSpecialist',
    input: (s) => ({ ...a1(s), reason: 'Không đúng thẩm quyền.', suggestedAgencyId: 'agency-c' }),
    at: '2026-05-11 10:00',
    events: ['assignment.returned', 'assignment.cancelled', 'report.returned_to_intake'],
  },
  {
    action: 'return',
    what: 'a coordinator returns to the lead, which then aggregates (Sóc Trăng Phụ lục II Bước 3)',
    setup: socTrangCoordinated,
    actor: 'coordSpecialist',
    input: (s) => ({ ...a2(s), reason: 'Không đúng thẩm quyền.' }),
    at: '2026-05-11 10:00',
    events: ['assignment.returned', 'coordination.completed'],
  },
  {
    action: 'forward_to_coordinators',
    what: 'Sóc Trăng Điều 8.2 Bước 1',
    setup: () => socTrang(),
    actor: 'leadSpecialist',
    input: (s) => ({ ...a1(s), agencyIds: [AGENCY_B] }),
    at: '2026-05-11 09:00',
    events: ['assignment.coordination_requested', 'assignment.received'],
  },
  {
    action: 'record_temporary_fix',
    what: 'Khánh Hòa Điều 10.3',
    setup: () => {
      const s = khanhHoa({ fieldCode: 'lighting', isIncident: true });
      s.act('leadSpecialist', 'accept', a1(s), '2026-05-11 08:30');
      return s;
    },
    actor: 'leadSpecialist',
    input: (s) => ({ ...a1(s), note: 'Đã cắt điện, rào chắn.' }),
    at: '2026-05-11 10:00',
    events: ['assignment.temporary_fix_recorded'],
  },
  {
    action: 'forward_to_back_office',
    what: 'Hòa Bình Điều 8.1.c',
    setup: hoaBinh,
    actor: 'leadSpecialist',
    input: (s) => ({ ...a1(s), appointmentAt: '2026-05-12T16:00:00+07:00' }),
    at: '2026-05-11 10:00',
    events: ['assignment.forwarded_to_back_office'],
  },
  {
    action: 'reappoint',
    what: 'Hòa Bình Điều 9.3',
    setup: hoaBinh,
    actor: 'leadSpecialist',
    input: (s) => ({
      ...a1(s),
      newAppointmentAt: '2026-05-13T16:00:00+07:00',
      reason: 'Cần xác minh thêm.',
    }),
    at: '2026-05-11 10:00',
    events: ['assignment.reappointed'],
  },
  {
    action: 'extend_deadline',
    what: 'Sóc Trăng Điều 8.3',
    setup: () => socTrang(),
    actor: 'leadSpecialist',
    input: (s) => ({
      ...a1(s),
      committedDue: '2026-05-26T17:00:00+07:00',
      reason: 'Cần xác minh thực địa.',
      noticeRef: 'CV 45',
      complexCase: true,
    }),
    at: '2026-05-18 09:00',
    events: ['assignment.extended'],
  },
  {
    action: 'post_progress_update',
    what: 'Kon Tum mục I.8, W8',
    setup: () => {
      const s = konTum();
      const handling = s.deadline('handling', s.assignment(1));
      s.act(
        'system',
        'mark_overdue',
        { deadlineId: handling?.id },
        local(handling?.dueAt ?? new Date(0)),
      );
      return s;
    },
    actor: 'leadSpecialist',
    input: (s) => ({ ...a1(s), note: 'Đang lấy ý kiến các sở.' }),
    at: (s) => local(s.deadline('progress_update', s.assignment(1))?.dueAt ?? new Date(0)),
    events: ['assignment.progress_updated'],
  },
  {
    action: 'submit_answer',
    what: 'to the leader (Sóc Trăng Điều 8.4)',
    setup: () => socTrang(),
    actor: 'leadSpecialist',
    input: (s) => ({ ...a1(s), summary: 'Đã sửa đèn.' }),
    at: '2026-05-12 09:00',
    events: ['answer.submitted'],
  },
  {
    action: 'submit_answer',
    what: 'no approval step (Kon Tum): straight to publication',
    setup: konTum,
    actor: 'leadSpecialist',
    input: (s) => ({
      ...a1(s),
      summary: 'Đã sửa quy trình.',
      resultAt: '2026-05-12T08:00:00+07:00',
    }),
    at: '2026-05-12 09:00',
    events: ['answer.submitted', 'assignment.completed', 'report.answer_ready'],
  },
  {
    action: 'approve',
    what: "the lead's leader (Sóc Trăng Điều 8.4)",
    setup: () => {
      const s = socTrang();
      s.act('leadSpecialist', 'submit_answer', { ...a1(s), summary: 'x' }, '2026-05-12 09:00');
      return s;
    },
    actor: 'leadLeader',
    input: a1,
    at: '2026-05-12 10:00',
    events: ['answer.approved', 'assignment.completed', 'report.answer_ready'],
  },
  {
    action: 'approve',
    what: "a coordinator's own leader approves its result (Sóc Trăng Điều 8.2 Bước 2)",
    setup: () => {
      const s = socTrangCoordinated();
      s.act('coordSpecialist', 'submit_answer', { ...a2(s), summary: 'x' }, '2026-05-12 09:00');
      return s;
    },
    actor: 'coordLeader',
    input: a2,
    at: '2026-05-12 10:00',
    events: ['answer.approved', 'assignment.completed', 'coordination.completed'],
  },
  {
    action: 'return_to_specialist',
    what: 'Khánh Hòa Điều 8.2',
    setup: () => {
      const s = khanhHoa();
      s.act('leadSpecialist', 'accept', a1(s), '2026-05-11 09:00');
      s.act('leadSpecialist', 'submit_answer', { ...a1(s), summary: 'x' }, '2026-05-12 09:00');
      return s;
    },
    actor: 'leadLeader',
    input: (s) => ({ ...a1(s), reason: 'Bổ sung hình ảnh.' }),
    at: '2026-05-12 10:00',
    events: ['answer.returned'],
  },
  {
    action: 'edit_and_approve',
    what: 'Vĩnh Long Điều 9.1',
    setup: () => {
      const s = startScenario(VINH_LONG_2020, { at: '2026-05-08 16:00' });
      s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
      s.act('leadSpecialist', 'accept', a1(s), '2026-05-11 09:00');
      s.act('leadSpecialist', 'submit_answer', { ...a1(s), summary: 'x' }, '2026-05-12 09:00');
      return s;
    },
    actor: 'leadLeader',
    input: (s) => ({ ...a1(s), summary: 'Đã thay bóng đèn.', edits: 'Sửa câu chữ.' }),
    at: '2026-05-12 10:00',
    events: ['answer.edited_and_approved', 'assignment.completed', 'report.answer_ready'],
  },
];

describe('every action records its events, under stable names', () => {
  it.each(CASES.map((c) => [`${c.action} — ${c.what}`, c] as const))('%s', (_, c) => {
    const s = c.setup();
    const at = typeof c.at === 'string' ? c.at : c.at(s);
    const r = s.act(c.actor, c.action, c.input(s), at);
    expect(r.events.map((e) => e.type)).toEqual(c.events);
    // Who, when and on what: the actor and the engine's `now`, never the host clock.
    for (const event of r.events) {
      expect(event.actor).toEqual(ACTORS[c.actor]);
      expect(local(event.at)).toBe(at);
      expect(event.reportId).toBe('r');
    }
  });

  it('each action of both machines has a case above', () => {
    const covered = new Set(CASES.map((c) => c.action));
    expect([...REPORT_ACTIONS, ...ASSIGNMENT_ACTIONS].filter((a) => !covered.has(a))).toEqual([]);
  });

  it('each event type is recorded by some action (or by createReport)', () => {
    const recorded = new Set<EventType>(['report.submitted', ...CASES.flatMap((c) => c.events)]);
    expect(EVENT_TYPES.filter((type) => !recorded.has(type))).toEqual([]);
  });

  it('the names are entity.event in snake case, and stay as they are', () => {
    expect(EVENT_TYPES.every((type) => /^[a-z_]+\.[a-z_]+$/.test(type))).toBe(true);
    expect(EVENT_TYPES).toEqual([
      'report.submitted',
      'report.information_requested',
      'report.information_supplemented',
      'report.intake_accepted',
      'report.rejected',
      'report.referred',
      'report.distributed',
      'report.answered_at_intake',
      'report.emergency_forwarded',
      'report.lead_designation_requested',
      'report.escalated',
      'report.escalation_resolved',
      'report.marked_state_secret',
      'report.returned_to_intake',
      'report.answer_ready',
      'report.answer_returned',
      'report.published',
      'report.sent_privately',
      'report.withheld',
      'assignment.received',
      'assignment.accepted',
      'assignment.returned',
      'assignment.cancelled',
      'assignment.coordination_requested',
      'assignment.temporary_fix_recorded',
      'assignment.forwarded_to_back_office',
      'assignment.reappointed',
      'assignment.extended',
      'assignment.progress_updated',
      'assignment.completed',
      'answer.submitted',
      'answer.approved',
      'answer.returned',
      'answer.edited_and_approved',
      'coordination.completed',
      'follow_up.asked',
      'follow_up.forwarded',
      'follow_up.answered',
      'rating.given',
      'rating.changed',
      'deadline.overdue',
    ]);
  });
});
