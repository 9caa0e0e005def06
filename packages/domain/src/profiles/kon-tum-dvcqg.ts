/**
 * Kon Tum, guidance of the Provincial Office (VP-TTHCC) on feedback through the National Public
 * Service Portal, applying Decision 31/2021/QĐ-TTg Art. 38–46. Source:
 * seeds/001_af081540ccdda19e.txt ("Phụ lục", sections I.1–I.9 and II).
 */
import {
  DEFAULT_REPORTER_NOTIFICATIONS,
  INTAKE_DECISIONS,
  INTAKE_STARTS,
  step,
  workingDays,
} from './common';
import type { RegulationProfile } from './types';

export const KON_TUM_DVCQG: RegulationProfile = {
  id: 'kon-tum-dvcqg',
  name: {
    vi: 'Kon Tum — PAKN trên Cổng Dịch vụ công quốc gia',
    en: 'Kon Tum — feedback on the National Public Service Portal',
  },
  source: { province: 'Kon Tum', document: 'VP-TTHCC (QĐ 31/2021/QĐ-TTg)', issued: null },
  scope: {
    summary: {
      vi: 'Quy định hành chính, thủ tục hành chính: chưa công khai, công khai sai, còn công khai sau khi bãi bỏ, không thống nhất, gây khó khăn.',
      en: 'Administrative regulations and procedures: unpublished, wrongly published, still published after abolition, inconsistent between sources, or burdensome.',
    },
    contactKinds: ['feedback', 'recommendation'],
    article: 'Kon Tum Phụ lục mục I.2',
  },
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
    nationalPortalAccount: true,
    media: 'optional',
    article: 'Kon Tum Phụ lục mục I.4',
  },
  steps: [
    // I.6: transfer, or ask for clarification, "trong thời hạn 05 ngày làm việc kể từ ngày nhận được".
    step('intake', {
      subject: 'report',
      duration: workingDays(5),
      calendar: 'intake_center',
      startsOn: INTAKE_STARTS,
      stopOn: ['report.distributed', 'report.information_requested', 'report.referred'],
      cancelOn: INTAKE_DECISIONS,
      article: 'Kon Tum Phụ lục mục I.6',
    }),
    // I.6: a refusal must be sent within 2 wd; it binds only when the office refuses.
    step('intake_reject', {
      subject: 'report',
      duration: workingDays(2),
      calendar: 'intake_center',
      startsOn: INTAKE_STARTS,
      stopOn: ['report.rejected'],
      cancelOn: INTAKE_DECISIONS,
      sweep: false,
      article: 'Kon Tum Phụ lục mục I.6',
    }),
    // I.8 (QĐ 31/2021 Điều 45): 15 wd "kể từ ngày nhận được" — for the handling agency, its
    // receipt of the transfer (W7). Coordinating agencies handle under the same limit.
    step('handling', {
      subject: 'assignment',
      duration: workingDays(15),
      calendar: 'agency',
      startsOn: ['assignment.received'],
      stopOn: ['answer.submitted'],
      article: 'Kon Tum Phụ lục mục I.8',
    }),
    // I.8: once a result exists, the agency enters it within 2 wd; measured from the result's
    // date the specialist reports when submitting.
    step('result_entry', {
      subject: 'assignment',
      duration: workingDays(2),
      calendar: 'agency',
      startsOn: ['answer.submitted'],
      anchor: 'input_instant',
      stopOn: ['answer.submitted'],
      sweep: false,
      article: 'Kon Tum Phụ lục mục I.8',
    }),
  ],
  intake: {
    rejectReasons: ['duplicate', 'incomplete', 'out_of_scope'],
    requestInformation: { article: 'Kon Tum Phụ lục mục I.6; mục II.1' },
    referral: null,
    answerAtFirstContact: null,
    leadDesignation: null,
    article: 'Kon Tum Phụ lục mục I.6',
  },
  agencyAcceptance: null,
  coordination: { namedBy: 'intake_center', article: 'Kon Tum Phụ lục mục I.7' },
  backOffice: null,
  approval: null,
  // I.9: the Office checks, publishes, and sends unfit answers back to the agency.
  publication: {
    by: 'intake_center',
    roles: ['operator'],
    returnTo: 'specialist',
    identity: 'never',
    article: 'Kon Tum Phụ lục mục I.9',
  },
  followUp: null,
  rating: null,
  fastTracks: [],
  extension: null,
  reappointment: null,
  progressUpdates: {
    every: workingDays(5),
    afterStep: 'handling',
    article: 'Kon Tum Phụ lục mục I.8',
  },
  escalation: [
    {
      reason: 'agencies_disagree',
      by: 'intake_center',
      noticeToReporter: false,
      article: 'Kon Tum Phụ lục mục II.1',
    },
    {
      reason: 'reporter_disagrees',
      by: 'intake_center',
      noticeToReporter: false,
      article: 'Kon Tum Phụ lục mục II.1',
    },
  ],
  officialConduct: null,
  // I.1 (QĐ 31/2021 Điều 38): SMS/e-mail at receipt, at a request for information, at publication.
  notifyReporterOn: ['report.intake_accepted', ...DEFAULT_REPORTER_NOTIFICATIONS],
  notifyReporterVia: ['sms', 'email'],
  periodicReports: { periods: [], cutoff: 'calendar', article: 'Kon Tum (không quy định)' },
  notes: [
    {
      text: {
        vi: 'Phản ánh và trả lời trên Cổng có giá trị như văn bản giấy.',
        en: 'Reports and answers on the portal have the legal value of paper documents.',
      },
      article: 'Kon Tum Phụ lục mục I.5',
    },
    {
      text: {
        vi: 'Cán bộ được xuất và in toàn bộ nội dung phản ánh; trạng thái đồng bộ lên Cổng DVCQG.',
        en: 'Staff can export and print the whole report; status and results sync to the national portal.',
      },
      article: 'Kon Tum Phụ lục mục I.1; mục II.1',
    },
  ],
};
