/**
 * Vĩnh Long, Decision 2408/QĐ-UBND (11 Sep 2020): pilot smart-city field-report service.
 * Source: seeds/004_c4520bb674ad961a.txt.
 */
import {
  APPROVAL_DECISIONS,
  DEFAULT_RATING_CHANGE_WINDOW,
  DEFAULT_REPORTER_NOTIFICATIONS,
  INTAKE_DECISIONS,
  INTAKE_STARTS,
  PUBLICATION_DECISIONS,
  RATING_ACCEPTABLE_SCALE,
  step,
  workingDays,
  workingHours,
} from './common';
import type { RegulationProfile } from './types';

export const VINH_LONG_2020: RegulationProfile = {
  id: 'vinh-long-2020',
  name: {
    vi: 'Vĩnh Long — QĐ 2408/QĐ-UBND (thí điểm)',
    en: 'Vĩnh Long — Decision 2408/QĐ-UBND (pilot)',
  },
  source: { province: 'Vĩnh Long', document: '2408/QĐ-UBND', issued: '2020-09-11' },
  scope: {
    summary: {
      vi: 'Phản ánh hiện trường theo các lĩnh vực tại Phụ lục 1.',
      en: 'Field reports in the fields listed in Phụ lục 1.',
    },
    contactKinds: ['report'],
    article: 'Vĩnh Long Điều 1; Điều 2.1; Phụ lục 1',
  },
  // Điều 5.2–5.3: name and phone; "riêng địa chỉ thư điện tử không bắt buộc"; clear place and time.
  reporter: {
    name: 'required',
    phone: 'required',
    email: 'optional',
    address: 'optional',
    citizenId: 'hidden',
    location: 'required',
    incidentTime: 'required',
  },
  reporterRules: {
    language: 'vi',
    mobilePhone: false,
    dataProcessingConsent: false,
    nationalPortalAccount: false,
    media: 'optional',
    article: 'Vĩnh Long Điều 5',
  },
  steps: [
    // Điều 6.2 and 7.2 both say "trong vòng 02 giờ làm việc ngay sau khi có phản ánh": both
    // clocks start at the report's arrival (W7), not one after the other.
    step('intake', {
      subject: 'report',
      duration: workingHours(2),
      calendar: 'intake_center',
      startsOn: INTAKE_STARTS,
      stopOn: ['report.intake_accepted', 'report.information_requested', 'report.rejected'],
      cancelOn: INTAKE_DECISIONS,
      article: 'Vĩnh Long Điều 6.2',
    }),
    step('distribution', {
      subject: 'report',
      duration: workingHours(2),
      calendar: 'intake_center',
      startsOn: INTAKE_STARTS,
      stopOn: ['report.distributed'],
      cancelOn: INTAKE_DECISIONS,
      article: 'Vĩnh Long Điều 7.2',
    }),
    step('agency_accept', {
      subject: 'assignment',
      duration: workingDays(1),
      calendar: 'agency',
      startsOn: ['assignment.received'],
      stopOn: ['assignment.accepted', 'assignment.returned'],
      article: 'Vĩnh Long Điều 8 Bước 2',
    }),
    // Điều 8 Bước 3: each agency sets its own time "nhưng tối đa không quá 06 ngày làm việc",
    // counted from its receipt (W7).
    step('handling', {
      subject: 'assignment',
      duration: workingDays(6),
      calendar: 'agency',
      startsOn: ['assignment.received'],
      stopOn: ['answer.submitted'],
      article: 'Vĩnh Long Điều 8 Bước 3',
    }),
    step('approval', {
      subject: 'assignment',
      duration: workingDays(1),
      calendar: 'agency',
      startsOn: ['answer.submitted'],
      stopOn: APPROVAL_DECISIONS,
      article: 'Vĩnh Long Điều 9.2',
    }),
    // Điều 10.1 and 10.4: the agency checks and publishes within 4 wh, on its own calendar (W6).
    step('publication', {
      subject: 'report',
      duration: workingHours(4),
      calendar: 'agency',
      startsOn: ['report.answer_ready'],
      stopOn: PUBLICATION_DECISIONS,
      article: 'Vĩnh Long Điều 10.1; Điều 10.4',
    }),
  ],
  intake: {
    rejectReasons: ['duplicate', 'incomplete', 'out_of_scope'],
    requestInformation: { article: 'Vĩnh Long Điều 6.1 (Điều 5)' },
    referral: null,
    answerAtFirstContact: null,
    leadDesignation: null,
    article: 'Vĩnh Long Điều 6; Điều 7',
  },
  agencyAcceptance: { article: 'Vĩnh Long Điều 8 Bước 1–2' },
  coordination: null,
  backOffice: null,
  approval: { leaderMayEdit: true, article: 'Vĩnh Long Điều 9.1' },
  publication: {
    by: 'agency',
    roles: ['specialist', 'leader'],
    returnTo: null,
    identity: 'shown_unless_hidden',
    article: 'Vĩnh Long Điều 10; Điều 5.4',
  },
  followUp: { via: 'intake_center', article: 'Vĩnh Long Điều 11.1; Điều 11.3' },
  rating: {
    scale: RATING_ACCEPTABLE_SCALE,
    changeWindow: DEFAULT_RATING_CHANGE_WINDOW,
    article: 'Vĩnh Long Điều 11.2',
  },
  fastTracks: [],
  extension: null,
  reappointment: null,
  progressUpdates: null,
  escalation: [
    {
      reason: 'agencies_disagree',
      by: 'intake_center',
      noticeToReporter: false,
      article: 'Vĩnh Long Điều 3.8',
    },
  ],
  officialConduct: null,
  notifyReporterOn: DEFAULT_REPORTER_NOTIFICATIONS,
  notifyReporterVia: ['submission_channel'],
  periodicReports: {
    periods: [],
    cutoff: 'calendar',
    fixedMonths: ['2020-10', '2020-12'],
    article: 'Vĩnh Long Điều 13.9',
  },
  notes: [
    {
      text: {
        vi: 'Hiển thị họ tên, địa điểm, hình ảnh, nội dung; ẩn họ tên, địa chỉ nếu người phản ánh yêu cầu.',
        en: 'The public view shows name, place, photos and content; name and address are hidden on request.',
      },
      article: 'Vĩnh Long Điều 5.4',
    },
    {
      text: {
        vi: 'Sở TT&TT cung cấp thông tin người phản ánh cho cơ quan có thẩm quyền khi có yêu cầu (ghi nhật ký mỗi lần).',
        en: "The Department of Information and Communications may give a reporter's details to competent authorities on request (log every disclosure).",
      },
      article: 'Vĩnh Long Điều 13.7',
    },
    {
      text: {
        vi: 'Không gia hạn: mỗi cơ quan tự định thời gian xử lý trong mức tối đa 06 ngày làm việc.',
        en: 'No extension: each agency sets its handling time within the 6-wd ceiling.',
      },
      article: 'Vĩnh Long Điều 8 Bước 3',
    },
    {
      text: {
        vi: 'Bảng lĩnh vực → cơ quan (Phụ lục 1) là dữ liệu quản trị viên nhập, không phải mã nguồn.',
        en: 'The field → agency table (Phụ lục 1) is routing data an administrator enters, not code.',
      },
      article: 'Vĩnh Long Phụ lục 1',
    },
  ],
};
