/**
 * Hòa Bình, Decision 2370/QĐ-UBND (30 Oct 2019): the public-administration call center (Tổng đài
 * 1022) at the Public Administration Service Center. Source: seeds/003_511cc71e5f167fff.txt.
 */
import {
  DEFAULT_REPORTER_NOTIFICATIONS,
  INTAKE_DECISIONS,
  INTAKE_STARTS,
  NEXT_OFFICE_SESSION,
  step,
  workingHours,
} from './common';
import type { RegulationProfile } from './types';

export const HOA_BINH_1022: RegulationProfile = {
  id: 'hoa-binh-1022',
  name: {
    vi: 'Hòa Bình — Tổng đài 1022 (QĐ 2370/QĐ-UBND)',
    en: 'Hòa Bình — 1022 call center (Decision 2370/QĐ-UBND)',
  },
  source: { province: 'Hòa Bình', document: '2370/QĐ-UBND', issued: '2019-10-30' },
  scope: {
    summary: {
      vi: 'Giải đáp thắc mắc, phản ánh, kiến nghị về thủ tục hành chính; yêu cầu chuyển phát kết quả qua bưu chính.',
      en: 'Inquiries, feedback and recommendations on administrative procedures; postal delivery requests.',
    },
    contactKinds: ['inquiry', 'feedback', 'recommendation', 'delivery_request'],
    article: 'Hòa Bình Điều 4; Điều 8.2',
  },
  // Điều 6.c: name, contact address, phone and e-mail. Place and time are not asked for (the
  // contacts are about procedures), but a caller may give them.
  reporter: {
    name: 'required',
    phone: 'required',
    email: 'required',
    address: 'required',
    citizenId: 'hidden',
    location: 'optional',
    incidentTime: 'optional',
  },
  reporterRules: {
    language: 'vi',
    mobilePhone: false,
    dataProcessingConsent: false,
    nationalPortalAccount: false,
    media: 'hidden',
    article: 'Hòa Bình Điều 6',
  },
  steps: [
    // Điều 3.2 "vào giờ làm việc hành chính gần nhất" (W9). In office hours the operator answers
    // or transfers the call at once (Điều 8.1.a–b): there is no clock to run.
    step('first_response', {
      subject: 'report',
      duration: NEXT_OFFICE_SESSION,
      calendar: 'intake_center',
      startsOn: INTAKE_STARTS,
      stopOn: INTAKE_DECISIONS,
      onlyOutOfHours: true,
      article: 'Hòa Bình Điều 3.2',
    }),
    // Điều 9.1: the one-stop desk answers within 5 wh of the operator's transfer.
    step('one_stop_answer', {
      subject: 'assignment',
      duration: workingHours(5),
      calendar: 'agency',
      startsOn: ['assignment.received'],
      stopOn: ['answer.submitted', 'assignment.forwarded_to_back_office'],
      contactKinds: ['inquiry', 'feedback', 'recommendation'],
      article: 'Hòa Bình Điều 9.1',
    }),
    // Điều 9.2: the agency answers within 8 wh of the one-stop desk's transfer; late cases show
    // as overdue ("trạng thái trễ hạn").
    step('agency_answer', {
      subject: 'assignment',
      duration: workingHours(8),
      calendar: 'agency',
      startsOn: ['assignment.forwarded_to_back_office'],
      stopOn: ['answer.submitted'],
      article: 'Hòa Bình Điều 9.2',
    }),
  ],
  intake: {
    rejectReasons: ['incomplete', 'out_of_scope', 'not_competent'],
    requestInformation: { article: 'Hòa Bình Điều 10.2.a' },
    referral: null,
    answerAtFirstContact: { article: 'Hòa Bình Điều 8.1.a' },
    leadDesignation: null,
    article: 'Hòa Bình Điều 7; Điều 8.3',
  },
  agencyAcceptance: null,
  coordination: null,
  backOffice: { article: 'Hòa Bình Điều 8.1.c' },
  approval: null,
  // Điều 2.2 and 10.2.b: the 1022 portal publishes results; operators post them.
  publication: {
    by: 'intake_center',
    roles: ['operator'],
    returnTo: null,
    identity: 'never',
    article: 'Hòa Bình Điều 2.2; Điều 10.2.b',
  },
  followUp: null,
  rating: null,
  fastTracks: [],
  extension: null,
  reappointment: {
    maxCount: 1,
    steps: ['one_stop_answer', 'agency_answer'],
    article: 'Hòa Bình Điều 9.3',
  },
  progressUpdates: null,
  escalation: [],
  officialConduct: { article: 'Hòa Bình Điều 8.1.c (đoạn thứ hai)' },
  notifyReporterOn: DEFAULT_REPORTER_NOTIFICATIONS,
  notifyReporterVia: ['submission_channel'],
  periodicReports: { periods: ['month'], cutoff: 'calendar', article: 'Hòa Bình Điều 15' },
  notes: [
    {
      text: {
        vi: 'Tiếp nhận, giải đáp, phản hồi 100% yêu cầu.',
        en: 'Every contact gets an answer.',
      },
      article: 'Hòa Bình Điều 3.1',
    },
    {
      text: {
        vi: 'Nội dung không thuộc thẩm quyền: Lãnh đạo Trung tâm cho ý kiến, điện thoại viên thông báo cho người dân.',
        en: 'Out of competence: the center leader decides, then the operator tells the caller.',
      },
      article: 'Hòa Bình Điều 8.3',
    },
    {
      text: {
        vi: 'Bưu điện cập nhật ngay tình trạng hồ sơ sau khi chuyển phát.',
        en: 'The post office updates the status as soon as it has delivered.',
      },
      article: 'Hòa Bình Điều 8.2.b',
    },
  ],
};
