/**
 * Why the engine refuses an action: a closed set of codes, each with a Vietnamese and an English
 * message for the person who tried (HOUSE_STYLE "Errors"). The server maps them to
 * INVALID_TRANSITION / FORBIDDEN / VALIDATION_FAILED.
 */
import type { LocalisedMessage } from '../schemas/messages';

export const REFUSAL_MESSAGES = {
  // Who and when (checked in this order: profile, assignment, actor, role, unit, state).
  not_in_profile: {
    vi: 'Quy định áp dụng không có bước này.',
    en: 'The regulation in force has no such step.',
  },
  assignment_not_found: { vi: 'Không tìm thấy phân công.', en: 'The assignment does not exist.' },
  actor_not_allowed: {
    vi: 'Bạn không thể thực hiện thao tác này.',
    en: 'You cannot take this action.',
  },
  role_not_allowed: {
    vi: 'Vai trò của bạn không được thực hiện thao tác này.',
    en: 'Your role may not take this action.',
  },
  unit_not_allowed: {
    vi: 'Đơn vị của bạn không phụ trách phản ánh này ở bước này.',
    en: 'Your unit is not in charge of this step of the report.',
  },
  invalid_state: {
    vi: 'Không thể thực hiện thao tác ở trạng thái hiện tại.',
    en: 'This action is not possible in the current state.',
  },
  wrong_assignment_role: {
    vi: 'Chỉ cơ quan chủ trì được thực hiện thao tác này.',
    en: 'Only the lead agency may take this action.',
  },
  invalid_input: { vi: 'Thông tin nhập chưa hợp lệ.', en: 'Some of the input is not valid.' },
  // Business rules.
  reason_not_in_profile: {
    vi: 'Quy định áp dụng không có lý do này.',
    en: 'The regulation in force does not provide for this reason.',
  },
  province_decision_required: {
    vi: 'Cần số văn bản chỉ định cơ quan chủ trì của UBND tỉnh.',
    en: "The Province's decision naming the lead agency is required.",
  },
  coordinators_not_allowed_here: {
    vi: 'Cơ quan phối hợp không được chỉ định ở bước này.',
    en: 'Coordinating agencies are not named at this step.',
  },
  agency_already_assigned: {
    vi: 'Cơ quan này đã được phân công.',
    en: 'This agency already has the report.',
  },
  coordination_pending: {
    vi: 'Còn cơ quan phối hợp chưa gửi kết quả.',
    en: 'A coordinating agency has not sent its result yet.',
  },
  not_fast_track: {
    vi: 'Phản ánh không thuộc quy trình xử lý tức thời.',
    en: 'The report is not on a fast track.',
  },
  already_recorded: {
    vi: 'Thông tin này đã được ghi nhận.',
    en: 'This has already been recorded.',
  },
  instant_in_future: {
    vi: 'Thời điểm không được ở tương lai.',
    en: 'The time cannot be in the future.',
  },
  instant_not_in_future: {
    vi: 'Thời điểm hẹn phải ở tương lai.',
    en: 'The appointment must be in the future.',
  },
  instant_required: {
    vi: 'Cần nhập thời điểm có kết quả hoặc hoàn thành xử lý.',
    en: 'The time the result was issued or the work completed is required.',
  },
  reappointment_used: {
    vi: 'Chỉ được hẹn lại 01 lần.',
    en: 'The reporter may be given a new appointment only once.',
  },
  extension_used: { vi: 'Chỉ được gia hạn 01 lần.', en: 'The deadline may be extended only once.' },
  extension_too_late: {
    vi: 'Phải đề nghị gia hạn trước khi hết hạn xử lý.',
    en: 'An extension must be asked for before the deadline falls due.',
  },
  extension_not_later: {
    vi: 'Thời hạn cam kết phải sau thời hạn hiện tại.',
    en: 'The committed date must be later than the current deadline.',
  },
  extension_beyond_cap: {
    vi: 'Thời hạn gia hạn vượt mức tối đa của quy định.',
    en: 'The committed date is past the longest extension the regulation allows.',
  },
  complex_case_required: {
    vi: 'Chỉ gia hạn với phản ánh có nội dung phức tạp theo quy định.',
    en: 'Only a complex case, as the regulation defines it, may be extended.',
  },
  written_notice_required: {
    vi: 'Cần văn bản thông báo và cam kết thời hạn.',
    en: 'A written notice with the committed date is required.',
  },
  no_open_deadline: {
    vi: 'Không có thời hạn đang chạy để điều chỉnh.',
    en: 'There is no running deadline to change.',
  },
  progress_update_not_due: {
    vi: 'Chưa đến kỳ cập nhật tình hình xử lý.',
    en: 'No progress update is due yet.',
  },
  confidential: {
    vi: 'Phản ánh được giữ bí mật: chỉ gửi kết quả cho người phản ánh.',
    en: 'The report is confidential: send the answer to the reporter only.',
  },
  state_secret: {
    vi: 'Nội dung thuộc bí mật nhà nước: không công khai.',
    en: 'The content is a state secret: it is never published.',
  },
  not_confidential: {
    vi: 'Phản ánh không yêu cầu giữ bí mật.',
    en: 'The reporter did not ask for confidentiality.',
  },
  not_state_secret: {
    vi: 'Phản ánh không có nội dung bí mật nhà nước.',
    en: 'The report holds no state secret.',
  },
  not_publishable: {
    vi: 'Yêu cầu chuyển phát chỉ gửi riêng cho người yêu cầu.',
    en: 'A delivery request is answered to the requester only.',
  },
  already_state_secret: {
    vi: 'Phản ánh đã được xác định có bí mật nhà nước.',
    en: 'The report is already marked as a state secret.',
  },
  already_escalated: {
    vi: 'Phản ánh đã được báo cáo UBND tỉnh.',
    en: 'The report has already been escalated to the Province.',
  },
  not_escalated: {
    vi: 'Phản ánh chưa được báo cáo UBND tỉnh.',
    en: 'The report has not been escalated.',
  },
  single_agency: {
    vi: 'Chỉ báo cáo UBND tỉnh khi phản ánh liên quan nhiều cơ quan.',
    en: 'Only cases involving several agencies are escalated.',
  },
  escalation_not_due: {
    vi: 'Chưa hết thời gian xử lý theo quy định.',
    en: 'The handling time has not run out yet.',
  },
  follow_up_wrong_stage: {
    vi: 'Tương tác không ở bước này.',
    en: 'The follow-up is not at this stage.',
  },
  rating_level_not_in_scale: {
    vi: 'Mức đánh giá không có trong thang của quy định.',
    en: 'This level is not on the regulation’s rating scale.',
  },
  rating_window_closed: {
    vi: 'Đã hết thời gian thay đổi đánh giá.',
    en: 'The rating can no longer be changed.',
  },
  deadline_not_found: { vi: 'Không tìm thấy thời hạn.', en: 'The deadline does not exist.' },
  not_yet_due: { vi: 'Chưa đến hạn.', en: 'The deadline has not passed yet.' },
  already_overdue: { vi: 'Đã ghi nhận trễ hạn.', en: 'Already marked overdue.' },
  contact_kind_not_in_profile: {
    vi: 'Quy định không tiếp nhận loại yêu cầu này.',
    en: 'The regulation does not take this kind of contact.',
  },
} as const satisfies Record<string, LocalisedMessage>;

export type RefusalCode = keyof typeof REFUSAL_MESSAGES;
export const REFUSAL_CODES = Object.keys(REFUSAL_MESSAGES) as RefusalCode[];

export type RefusalValue = {
  code: RefusalCode;
  message: LocalisedMessage;
  issues: readonly { path: string; message: string }[];
};

export function refusal(
  code: RefusalCode,
  issues: readonly { path: string; message: string }[] = [],
): RefusalValue {
  return { code, message: REFUSAL_MESSAGES[code], issues };
}

export function isRefusal(value: unknown): value is RefusalValue {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
