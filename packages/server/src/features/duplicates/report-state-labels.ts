/**
 * Citizen-facing names of the report states, Vietnamese and English: the rejection of a duplicate
 * names the original's state (Khánh Hòa Điều 12.1) and exports show them instead of codes.
 * (They belong in @paht/domain beside REPORT_STATES; kept here until the domain exports them.)
 */
import type { ReportState } from '@paht/domain';

export type Label = { vi: string; en: string };

export const REPORT_STATE_LABELS: Record<ReportState, Label> = {
  submitted: { vi: 'Đã gửi, chờ tiếp nhận', en: 'Submitted, awaiting intake' },
  awaiting_information: { vi: 'Chờ bổ sung thông tin', en: 'Awaiting more information' },
  intake_accepted: { vi: 'Đã tiếp nhận', en: 'Accepted at intake' },
  awaiting_lead_designation: {
    vi: 'Chờ UBND tỉnh giao cơ quan chủ trì',
    en: 'Awaiting the designation of a lead agency',
  },
  in_progress: { vi: 'Đang xử lý', en: 'Being handled' },
  returned_to_intake: {
    vi: 'Đang phân loại, chuyển lại cơ quan xử lý',
    en: 'Being re-routed to an agency',
  },
  answer_ready: { vi: 'Đã có kết quả, chờ công khai', en: 'Answer ready, awaiting publication' },
  answered: { vi: 'Đã có kết quả trả lời', en: 'Answered' },
  follow_up_open: { vi: 'Đang làm rõ ý kiến phản hồi', en: 'Follow-up being answered' },
  rejected: { vi: 'Từ chối tiếp nhận', en: 'Not accepted' },
  referred: { vi: 'Đã chuyển cơ quan có thẩm quyền', en: 'Referred to the competent authority' },
};

export function reportStateLabel(state: string, language: 'vi' | 'en'): string {
  const label = (REPORT_STATE_LABELS as Record<string, Label | undefined>)[state];
  return label ? label[language] : state;
}
