/** Building blocks shared by the five profiles: durations, step labels, rating scales. */
import type { Duration } from '../calendar/types';
import type { EventType } from '../lifecycle/event-types';
import type { LocalisedMessage } from '../schemas/messages';
import type { RatingOption, StepId, StepRule } from './types';

export function workingDays(amount: number): Duration {
  return { amount, unit: 'working_days' };
}

export function workingHours(amount: number): Duration {
  return { amount, unit: 'working_hours' };
}

export function clockHours(amount: number): Duration {
  return { amount, unit: 'clock_hours' };
}

export const NEXT_OFFICE_SESSION: Duration = { amount: 1, unit: 'next_office_session' };

export const STEP_LABELS: Record<StepId, LocalisedMessage> = {
  intake: { vi: 'Tiếp nhận, phân loại', en: 'Intake (verify, classify)' },
  intake_reject: { vi: 'Từ chối tiếp nhận', en: 'Rejection at intake' },
  distribution: { vi: 'Chuyển cơ quan xử lý', en: 'Distribution to an agency' },
  first_response: { vi: 'Phản hồi ngoài giờ', en: 'Answer to an out-of-hours contact' },
  fast_intake: { vi: 'Tiếp nhận xử lý tức thời', en: 'Fast-track intake' },
  fast_distribution: { vi: 'Phân phối xử lý tức thời', en: 'Fast-track distribution' },
  agency_accept: { vi: 'Cơ quan tiếp nhận hoặc chuyển trả', en: 'Agency accepts or returns' },
  fast_accept: { vi: 'Cơ quan tiếp nhận (tức thời)', en: 'Agency accepts (fast track)' },
  agency_return: { vi: 'Chuyển trả không đúng thẩm quyền', en: 'Return as not competent' },
  temporary_fix: { vi: 'Xử lý tạm thời sự cố', en: 'Temporary fix of the incident' },
  handling: { vi: 'Xử lý', en: 'Handling' },
  handling_complex: { vi: 'Xử lý hồ sơ phức tạp', en: 'Handling (complex multi-agency case)' },
  coordination_forward: { vi: 'Chuyển cơ quan phối hợp', en: 'Forward to coordinating agencies' },
  coordination_result: { vi: 'Kết quả phối hợp', en: 'Coordinating agency result' },
  aggregation: { vi: 'Tổng hợp, gửi kết quả', en: 'Lead agency aggregates and answers' },
  one_stop_answer: { vi: 'Bộ phận một cửa trả lời', en: 'One-stop desk answers' },
  agency_answer: { vi: 'Cơ quan, đơn vị trả lời', en: 'Agency answers' },
  result_entry: { vi: 'Cập nhật kết quả lên hệ thống', en: 'Result entered in the system' },
  emergency_update: { vi: 'Cập nhật sau xử lý khẩn cấp', en: 'Update after an emergency' },
  approval: { vi: 'Lãnh đạo phê duyệt', en: 'Leader approval' },
  publication: { vi: 'Công khai kết quả', en: 'Publication' },
  publication_return: { vi: 'Trả lại kết quả chưa có nội dung', en: 'Return of an empty answer' },
  follow_up_answer: { vi: 'Trả lời tương tác', en: 'Answer to a follow-up' },
  progress_update: { vi: 'Cập nhật tình hình xử lý', en: 'Progress update' },
};

/** A step rule with its standard label. */
export function step(id: StepId, rule: Omit<StepRule, 'id' | 'label'>): StepRule {
  return { id, label: STEP_LABELS[id], ...rule };
}

/** Every decision that ends the intake phase (DOMAIN.md lifecycle step 2). */
export const INTAKE_DECISIONS: readonly EventType[] = [
  'report.distributed',
  'report.information_requested',
  'report.rejected',
  'report.referred',
  'report.answered_at_intake',
  'report.emergency_forwarded',
  'report.lead_designation_requested',
];

export const INTAKE_STARTS: readonly EventType[] = [
  'report.submitted',
  'report.information_supplemented',
];

export const PUBLICATION_DECISIONS: readonly EventType[] = [
  'report.published',
  'report.sent_privately',
  'report.withheld',
];

export const APPROVAL_DECISIONS: readonly EventType[] = [
  'answer.approved',
  'answer.edited_and_approved',
  'answer.returned',
];

/** Khánh Hòa Điều 11.3 and Sóc Trăng Điều 10.3 use the same three levels. */
export const RATING_VERY_SATISFIED_SCALE: readonly RatingOption[] = [
  { level: 'very_satisfied', score: 3, label: { vi: 'Rất hài lòng', en: 'Very satisfied' } },
  { level: 'satisfied', score: 2, label: { vi: 'Hài lòng', en: 'Satisfied' } },
  { level: 'dissatisfied', score: 1, label: { vi: 'Không hài lòng', en: 'Dissatisfied' } },
];

/** Vĩnh Long Điều 11.2. */
export const RATING_ACCEPTABLE_SCALE: readonly RatingOption[] = [
  { level: 'satisfied', score: 3, label: { vi: 'Hài lòng', en: 'Satisfied' } },
  { level: 'acceptable', score: 2, label: { vi: 'Chấp nhận được', en: 'Acceptable' } },
  { level: 'dissatisfied', score: 1, label: { vi: 'Không hài lòng', en: 'Dissatisfied' } },
];

/**
 * No seed sets how long a rating may be changed; PAHT's default is 7 days of clock time from the
 * first rating, and a tenant may override it (`applyProfileOverrides`).
 */
export const DEFAULT_RATING_CHANGE_WINDOW: Duration = clockHours(7 * 24);

/** The reporter hears of every outcome through the channel used (DOMAIN.md lifecycle step 6). */
export const DEFAULT_REPORTER_NOTIFICATIONS: readonly EventType[] = [
  'report.information_requested',
  'report.rejected',
  'report.referred',
  'report.answered_at_intake',
  'report.published',
  'report.sent_privately',
  'assignment.extended',
  'assignment.reappointed',
  'assignment.forwarded_to_back_office',
  'assignment.progress_updated',
  'follow_up.answered',
];
