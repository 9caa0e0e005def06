/**
 * Sóc Trăng, draft Decision (2024) on the field-report system of the provincial IOC center,
 * hotline 1022. Source: seeds/002_b9c863e8080add5a.txt.
 */
import {
  APPROVAL_DECISIONS,
  DEFAULT_RATING_CHANGE_WINDOW,
  DEFAULT_REPORTER_NOTIFICATIONS,
  INTAKE_DECISIONS,
  INTAKE_STARTS,
  PUBLICATION_DECISIONS,
  RATING_VERY_SATISFIED_SCALE,
  clockHours,
  step,
  workingDays,
  workingHours,
} from './common';
import type { RegulationProfile } from './types';

export const SOC_TRANG_2024: RegulationProfile = {
  id: 'soc-trang-2024',
  name: {
    vi: 'Sóc Trăng — Quy chế PAHT 2024 (dự thảo)',
    en: 'Sóc Trăng — field-report rules 2024 (draft)',
  },
  source: { province: 'Sóc Trăng', document: 'Dự thảo QĐ-UBND 2024', issued: null },
  scope: {
    summary: {
      vi: 'Phản ánh hiện trường; từ chối khiếu nại, tố cáo.',
      en: 'Field reports; complaints and denunciations are refused.',
    },
    contactKinds: ['report'],
    article: 'Sóc Trăng Điều 1.1; Điều 3.9',
  },
  // Điều 4.2: name, address, citizen ID, phone, e-mail "nếu có". Điều 4.3: a report "có thể gồm"
  // (may include) photos, video, audio, the place — which "phải rõ ràng, chính xác" — and the time
  // of the incident: only the place is a must.
  reporter: {
    name: 'required',
    phone: 'required',
    email: 'optional',
    address: 'required',
    citizenId: 'required',
    location: 'required',
    incidentTime: 'optional',
  },
  reporterRules: {
    language: 'vi',
    mobilePhone: false,
    dataProcessingConsent: true,
    nationalPortalAccount: false,
    media: 'optional',
    article: 'Sóc Trăng Điều 4',
  },
  steps: [
    // Phụ lục II Bước 1: "Tiếp nhận ... 04 giờ" in a column headed "giờ làm việc".
    step('intake', {
      subject: 'report',
      duration: workingHours(4),
      calendar: 'intake_center',
      startsOn: INTAKE_STARTS,
      stopOn: [
        'report.intake_accepted',
        'report.information_requested',
        'report.rejected',
        'report.referred',
        'report.lead_designation_requested',
      ],
      cancelOn: INTAKE_DECISIONS,
      tracks: ['normal'],
      article: 'Sóc Trăng Phụ lục II Bước 1; Điều 7.1–7.2',
    }),
    // Điều 7.3 "trong vòng 04 giờ sau khi tiếp nhận": working hours (W4), from the intake
    // acceptance (W7).
    step('distribution', {
      subject: 'report',
      duration: workingHours(4),
      calendar: 'intake_center',
      startsOn: ['report.intake_accepted'],
      stopOn: ['report.distributed', 'report.referred', 'report.lead_designation_requested'],
      cancelOn: INTAKE_DECISIONS,
      tracks: ['normal'],
      article: 'Sóc Trăng Điều 7.3',
    }),
    step('agency_return', {
      subject: 'assignment',
      duration: workingDays(1),
      calendar: 'agency',
      startsOn: ['assignment.received'],
      stopOn: ['assignment.returned'],
      sweep: false,
      article: 'Sóc Trăng Điều 8.1; Điều 8.2 Bước 1–2; Phụ lục II Bước 2–3',
    }),
    // Điều 8.1: the answer reaches the IOC within 6 wd of the agency's receipt (W7), the
    // leader's approval day included (Phụ lục II: 5 wd handling + Bước 4, 1 wd).
    step('handling', {
      subject: 'assignment',
      duration: workingDays(6),
      calendar: 'agency',
      startsOn: ['assignment.received'],
      stopOn: ['answer.approved', 'answer.edited_and_approved'],
      cancelOn: ['assignment.coordination_requested'],
      role: 'lead',
      tracks: ['normal'],
      article: 'Sóc Trăng Điều 8.1; Phụ lục II Bước 2, Bước 4',
    }),
    step('coordination_forward', {
      subject: 'assignment',
      duration: workingDays(1),
      calendar: 'agency',
      startsOn: ['assignment.received'],
      stopOn: ['assignment.coordination_requested'],
      role: 'lead',
      sweep: false,
      article: 'Sóc Trăng Điều 8.2 Bước 1; Phụ lục II Bước 3',
    }),
    // Điều 8.2 Bước 2: ≤ 4 wd = 3 wd handling + 1 wd for the coordinator's leader (Phụ lục II).
    step('coordination_result', {
      subject: 'assignment',
      duration: workingDays(4),
      calendar: 'agency',
      startsOn: ['assignment.received'],
      stopOn: ['answer.approved', 'answer.edited_and_approved'],
      role: 'coordinating',
      article: 'Sóc Trăng Điều 8.2 Bước 2; Phụ lục II Bước 3',
    }),
    // Điều 8.2 Bước 3: ≤ 2 wd from the coordinators' results (1 wd aggregation + 1 wd leader).
    step('aggregation', {
      subject: 'assignment',
      duration: workingDays(2),
      calendar: 'agency',
      startsOn: ['coordination.completed'],
      stopOn: ['answer.approved', 'answer.edited_and_approved'],
      role: 'lead',
      article: 'Sóc Trăng Điều 8.2 Bước 3; Phụ lục II Bước 3–4',
    }),
    // Điều 9.4 sends an empty answer back to the leader, whose 1 wd then runs again. The
    // emergency track has no approval step (Điều 8.6 Bước 3: the unit updates the system itself).
    step('approval', {
      subject: 'assignment',
      duration: workingDays(1),
      calendar: 'agency',
      startsOn: ['answer.submitted', 'report.answer_returned'],
      stopOn: APPROVAL_DECISIONS,
      tracks: ['normal'],
      article: 'Sóc Trăng Điều 8.4; Phụ lục II Bước 4',
    }),
    step('publication', {
      subject: 'report',
      duration: workingHours(4),
      calendar: 'intake_center',
      startsOn: ['report.answer_ready'],
      stopOn: PUBLICATION_DECISIONS,
      cancelOn: ['report.answer_returned'],
      article: 'Sóc Trăng Điều 9.2; Phụ lục II Bước 5',
    }),
    step('publication_return', {
      subject: 'report',
      duration: workingHours(4),
      calendar: 'intake_center',
      startsOn: ['report.answer_ready'],
      stopOn: ['report.answer_returned'],
      cancelOn: PUBLICATION_DECISIONS,
      sweep: false,
      article: 'Sóc Trăng Điều 9.4; Phụ lục II Bước 5',
    }),
    // Điều 10.2 "trong 02 ngày làm việc kể từ ngày phản hồi", on the answering agency's calendar.
    step('follow_up_answer', {
      subject: 'report',
      duration: workingDays(2),
      calendar: 'agency',
      startsOn: ['follow_up.asked'],
      stopOn: ['follow_up.answered'],
      article: 'Sóc Trăng Điều 10.2',
    }),
    // Điều 8.6 Bước 3 "trong vòng 04 giờ sau khi hoàn thành": clock hours (W4), from the
    // completion instant the agency reports.
    step('emergency_update', {
      subject: 'assignment',
      duration: clockHours(4),
      calendar: 'agency',
      startsOn: ['answer.submitted'],
      anchor: 'input_instant',
      stopOn: ['answer.submitted'],
      tracks: ['emergency'],
      sweep: false,
      article: 'Sóc Trăng Điều 8.6 Bước 3',
    }),
  ],
  intake: {
    rejectReasons: ['duplicate', 'incomplete', 'out_of_scope'],
    requestInformation: { article: 'Sóc Trăng Điều 7.1' },
    referral: {
      kinds: ['authorities_monitoring', 'agency_suggestion'],
      article: 'Sóc Trăng Điều 7.4',
    },
    answerAtFirstContact: null,
    leadDesignation: { article: 'Sóc Trăng Điều 3.8; Điều 16.5' },
    article: 'Sóc Trăng Điều 7',
  },
  agencyAcceptance: null,
  coordination: { namedBy: 'lead_agency', article: 'Sóc Trăng Điều 7.3; Điều 8.2' },
  backOffice: null,
  approval: { leaderMayEdit: false, article: 'Sóc Trăng Điều 8.4' },
  // Điều 9.4: an answer with no content goes back "cho lãnh đạo đơn vị".
  publication: {
    by: 'intake_center',
    roles: ['operator'],
    returnTo: 'leader',
    identity: 'only_with_consent',
    article: 'Sóc Trăng Điều 9; Điều 4.5',
  },
  followUp: { via: 'agency', article: 'Sóc Trăng Điều 10.1–10.2' },
  rating: {
    scale: RATING_VERY_SATISFIED_SCALE,
    changeWindow: DEFAULT_RATING_CHANGE_WINDOW,
    article: 'Sóc Trăng Điều 10.3',
  },
  fastTracks: [
    {
      id: 'emergency',
      label: { vi: 'Phản ánh khẩn cấp', en: 'Emergency' },
      fields: ['natural_disaster', 'fire', 'accident', 'theft', 'robbery', 'security'],
      forwardImmediately: true,
      skipsApproval: true,
      smsOnDistribution: false,
      temporaryFix: false,
      article: 'Sóc Trăng Điều 8.6; Điều 6.2',
    },
  ],
  extension: {
    maxCount: 1,
    beforeDeadline: true,
    steps: ['handling', 'aggregation'],
    roles: ['specialist', 'leader'],
    cap: null,
    requiresWrittenNotice: true,
    // "thông tin phản ánh hiện trường có nội dung phức tạp, cần kiểm tra, xác minh".
    requiresComplexCase: true,
    article: 'Sóc Trăng Điều 8.3',
  },
  reappointment: null,
  progressUpdates: null,
  // Điều 3.7: agencies disagree or the case is not resolved thoroughly — the Department of
  // Information and Communications, which directs the IOC, reports to the Province.
  escalation: [
    {
      reason: 'agencies_disagree',
      by: 'intake_center',
      noticeToReporter: false,
      article: 'Sóc Trăng Điều 3.7',
    },
    {
      reason: 'unresolved_after_deadline',
      by: 'intake_center',
      noticeToReporter: false,
      article: 'Sóc Trăng Điều 3.7',
    },
  ],
  officialConduct: null,
  notifyReporterOn: DEFAULT_REPORTER_NOTIFICATIONS,
  notifyReporterVia: ['submission_channel'],
  periodicReports: {
    periods: ['month', 'quarter', 'year'],
    cutoff: 'decree_09_2019',
    article: 'Sóc Trăng Điều 11.6; Điều 11.8 (NĐ 09/2019/NĐ-CP Điều 12)',
  },
  notes: [
    {
      text: {
        vi: 'Thông tin cá nhân không công khai nếu không có sự đồng ý; dùng để xử lý cũng phải được đồng ý.',
        en: 'Personal data is never public without consent, and using it for handling needs consent.',
      },
      article: 'Sóc Trăng Điều 4.5',
    },
    {
      text: {
        vi: 'Mọi cuộc gọi qua Tổng đài 1022 đều được ghi âm; ngoài giờ tổng đài tự động ghi âm.',
        en: 'Every 1022 call is recorded; out of hours the switchboard records a message.',
      },
      article: 'Sóc Trăng Điều 7.2',
    },
    {
      text: {
        vi: 'Nhân sự tiếp nhận sửa chính tả, thể thức nhưng không thay đổi nội dung phản ánh.',
        en: 'Operators may correct spelling and layout but never the meaning.',
      },
      article: 'Sóc Trăng Điều 7.2',
    },
    {
      text: {
        vi: 'Cơ quan có biến động nhân sự phải kiện toàn đầu mối trong 07 ngày làm việc.',
        en: 'Agencies whose staff change update their focal points within 7 wd.',
      },
      article: 'Sóc Trăng Điều 15.1',
    },
  ],
};
