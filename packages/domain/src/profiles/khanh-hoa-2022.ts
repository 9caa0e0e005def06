/**
 * Khánh Hòa, Decision 18/2022/QĐ-UBND (21 Sep 2022): the PAKN system of the IT and online
 * public-service center. Source: seeds/000_7149723c22531578.txt.
 */
import {
  APPROVAL_DECISIONS,
  DEFAULT_RATING_CHANGE_WINDOW,
  DEFAULT_REPORTER_NOTIFICATIONS,
  INTAKE_DECISIONS,
  INTAKE_STARTS,
  RATING_VERY_SATISFIED_SCALE,
  clockHours,
  step,
  workingDays,
  workingHours,
} from './common';
import type { RegulationProfile } from './types';

export const KHANH_HOA_2022: RegulationProfile = {
  id: 'khanh-hoa-2022',
  name: { vi: 'Khánh Hòa — QĐ 18/2022/QĐ-UBND', en: 'Khánh Hòa — Decision 18/2022/QĐ-UBND' },
  source: { province: 'Khánh Hòa', document: '18/2022/QĐ-UBND', issued: '2022-09-21' },
  scope: {
    summary: {
      vi: 'Phản ánh, kiến nghị về kinh tế - xã hội; không gồm khiếu nại, tố cáo.',
      en: 'Feedback on socio-economic matters; complaints and denunciations excluded.',
    },
    contactKinds: ['report'],
    article: 'Khánh Hòa Điều 1.1',
  },
  // Điều 5: content, time and place; name, contact address, mobile phone, e-mail "nếu có".
  reporter: {
    name: 'required',
    phone: 'required',
    email: 'optional',
    address: 'required',
    citizenId: 'hidden',
    location: 'required',
    incidentTime: 'required',
  },
  reporterRules: {
    language: 'vi_with_diacritics',
    mobilePhone: true,
    dataProcessingConsent: false,
    nationalPortalAccount: false,
    media: 'optional',
    article: 'Khánh Hòa Điều 5',
  },
  steps: [
    // Điều 6.3 "0,5 ngày làm việc ngay sau khi tổ chức, cá nhân gửi": verify and distribute,
    // or send back for supplement (Điều 6.2.a) — all within the same half day.
    step('intake', {
      subject: 'report',
      duration: workingDays(0.5),
      calendar: 'intake_center',
      startsOn: INTAKE_STARTS,
      stopOn: ['report.distributed', 'report.information_requested', 'report.rejected'],
      cancelOn: INTAKE_DECISIONS,
      tracks: ['normal'],
      article: 'Khánh Hòa Điều 6.3; Phụ lục II Bước 1',
    }),
    // Điều 10.1 "trong vòng 01 giờ": clock time (W4).
    step('fast_intake', {
      subject: 'report',
      duration: clockHours(1),
      calendar: 'intake_center',
      startsOn: INTAKE_STARTS,
      stopOn: ['report.intake_accepted', 'report.information_requested', 'report.rejected'],
      cancelOn: INTAKE_DECISIONS,
      tracks: ['urban_infrastructure'],
      article: 'Khánh Hòa Điều 10.1',
    }),
    step('fast_distribution', {
      subject: 'report',
      duration: clockHours(1),
      calendar: 'intake_center',
      startsOn: ['report.intake_accepted'],
      stopOn: ['report.distributed'],
      cancelOn: INTAKE_DECISIONS,
      tracks: ['urban_infrastructure'],
      article: 'Khánh Hòa Điều 10.2',
    }),
    // Điều 7.3: verify and accept, or verify and return, "0,5 ngày làm việc kể từ lúc nhận được".
    step('agency_accept', {
      subject: 'assignment',
      duration: workingDays(0.5),
      calendar: 'agency',
      startsOn: ['assignment.received'],
      stopOn: ['assignment.accepted', 'assignment.returned'],
      tracks: ['normal'],
      article: 'Khánh Hòa Điều 7.3; Phụ lục II Bước 2',
    }),
    // Forwarding to coordinating agencies is part of the same half day ("bao gồm bước chuyển
    // phối hợp xử lý nếu có"); it binds only when the lead does forward.
    step('coordination_forward', {
      subject: 'assignment',
      duration: workingDays(0.5),
      calendar: 'agency',
      startsOn: ['assignment.received'],
      stopOn: ['assignment.coordination_requested'],
      role: 'lead',
      sweep: false,
      article: 'Khánh Hòa Điều 7.3',
    }),
    // Điều 10.3 "01 giờ làm việc": working time, unlike steps 1–2.
    step('fast_accept', {
      subject: 'assignment',
      duration: workingHours(1),
      calendar: 'agency',
      startsOn: ['assignment.received'],
      stopOn: ['assignment.accepted', 'assignment.returned'],
      tracks: ['urban_infrastructure'],
      article: 'Khánh Hòa Điều 10.3',
    }),
    // W7: the temporary fix counts from the agency's receipt, not its acceptance.
    step('temporary_fix', {
      subject: 'assignment',
      duration: workingDays(1),
      calendar: 'agency',
      startsOn: ['assignment.received'],
      stopOn: ['assignment.temporary_fix_recorded'],
      role: 'lead',
      tracks: ['urban_infrastructure'],
      article: 'Khánh Hòa Điều 10.3',
    }),
    // W7: "05 ngày làm việc tính từ lúc tiếp nhận hồ sơ" — from the agency's acceptance.
    step('handling', {
      subject: 'assignment',
      duration: workingDays(5),
      calendar: 'agency',
      startsOn: ['assignment.accepted'],
      stopOn: ['answer.submitted'],
      cancelOn: ['assignment.coordination_requested'],
      role: 'lead',
      article: 'Khánh Hòa Điều 7.3',
    }),
    // A case sent to coordinating agencies is the complex multi-sector case of Điều 2.3 and
    // 7.3: up to 10 wd, still counted from the lead's acceptance.
    step('handling_complex', {
      subject: 'assignment',
      duration: workingDays(10),
      calendar: 'agency',
      startsOn: ['assignment.coordination_requested'],
      anchor: 'assignment_accepted',
      stopOn: ['answer.submitted'],
      role: 'lead',
      article: 'Khánh Hòa Điều 7.3',
    }),
    step('approval', {
      subject: 'assignment',
      duration: workingDays(0.5),
      calendar: 'agency',
      startsOn: ['answer.submitted'],
      stopOn: APPROVAL_DECISIONS,
      article: 'Khánh Hòa Điều 8.3; Phụ lục II Bước 4',
    }),
  ],
  intake: {
    rejectReasons: ['duplicate', 'incomplete', 'out_of_scope'],
    requestInformation: { article: 'Khánh Hòa Điều 6.2.a' },
    referral: null,
    answerAtFirstContact: null,
    leadDesignation: null,
    article: 'Khánh Hòa Điều 6, Điều 12',
  },
  agencyAcceptance: { article: 'Khánh Hòa Điều 7.2.a' },
  // Điều 2.3: the first agency to receive the case leads and forwards to the others (Điều 7.2.b).
  coordination: { namedBy: 'lead_agency', article: 'Khánh Hòa Điều 2.3; Điều 7.2.b' },
  backOffice: null,
  approval: { leaderMayEdit: false, article: 'Khánh Hòa Điều 8' },
  // Phụ lục II Bước 4 and Điều 10.4: the agency's leader "phê duyệt, công khai kết quả".
  publication: {
    by: 'agency',
    roles: ['leader'],
    returnTo: null,
    identity: 'never',
    article: 'Khánh Hòa Điều 9; Điều 10.4; Phụ lục II Bước 4',
  },
  followUp: { via: 'agency', article: 'Khánh Hòa Điều 11.1–11.2' },
  rating: {
    scale: RATING_VERY_SATISFIED_SCALE,
    changeWindow: DEFAULT_RATING_CHANGE_WINDOW,
    article: 'Khánh Hòa Điều 11.3',
  },
  fastTracks: [
    {
      id: 'urban_infrastructure',
      label: {
        vi: 'Xử lý tức thời sự cố hạ tầng đô thị',
        en: 'Urgent urban-infrastructure incident',
      },
      fields: ['electricity', 'water_supply_drainage', 'trees', 'lighting', 'telecom'],
      forwardImmediately: false,
      skipsApproval: false,
      smsOnDistribution: true,
      temporaryFix: true,
      article: 'Khánh Hòa Điều 10',
    },
  ],
  extension: {
    maxCount: 1,
    beforeDeadline: true,
    steps: ['handling', 'handling_complex'],
    roles: ['leader'],
    cap: { duration: workingDays(10), from: 'assignment_accepted' },
    requiresWrittenNotice: false,
    requiresComplexCase: true,
    article: 'Khánh Hòa Phụ lục II Bước 3',
  },
  reappointment: null,
  progressUpdates: null,
  escalation: [
    {
      reason: 'unresolved_after_deadline',
      by: 'lead_agency',
      noticeToReporter: true,
      article: 'Khánh Hòa Điều 3.5',
    },
  ],
  officialConduct: null,
  notifyReporterOn: [...DEFAULT_REPORTER_NOTIFICATIONS, 'report.escalated'],
  notifyReporterVia: ['submission_channel'],
  periodicReports: {
    periods: ['half_year'],
    cutoff: 'calendar',
    article: 'Khánh Hòa Điều 15.3; Điều 16.4; Điều 17.4',
  },
  notes: [
    {
      text: {
        vi: 'Mỗi cơ quan xử lý có 01 tài khoản lãnh đạo và 01 tài khoản chuyên môn.',
        en: 'Each agency has exactly one leader account and one specialist account.',
      },
      article: 'Khánh Hòa Điều 2.3; Điều 16.1',
    },
    {
      text: {
        vi: 'Từ chối phản ánh trùng lắp kèm thông tin hồ sơ đã tiếp nhận.',
        en: 'A duplicate is refused with the details of the existing case.',
      },
      article: 'Khánh Hòa Điều 12.1',
    },
    {
      text: {
        vi: 'Phụ lục II ghi Bước 3 "0,5 ngày" nhưng tổng 6,5 ngày và Điều 7.3 cho 05 ngày làm việc.',
        en: 'Phụ lục II lists step 3 as "0.5 day", but its 6.5-day total and Điều 7.3 give 5 wd.',
      },
      article: 'Khánh Hòa Phụ lục II Bước 3; Điều 7.3',
    },
  ],
};
