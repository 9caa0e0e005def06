/**
 * Vietnamese and English messages of the shared validation schemas. A schema names one of these
 * keys as its message; servers and forms look the key up here, so both show the same words.
 */
export type LocalisedMessage = { vi: string; en: string };

export const VALIDATION_MESSAGES: Record<string, LocalisedMessage> = {
  required: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
  'text.too_long': { vi: 'Nội dung quá dài.', en: 'The text is too long.' },
  'password.too_short': {
    vi: 'Mật khẩu phải có ít nhất 10 ký tự.',
    en: 'The password must have at least 10 characters.',
  },
  'password.too_weak': {
    vi: 'Mật khẩu phải có chữ và số, và không được trùng tên đăng nhập.',
    en: 'The password must contain letters and digits and differ from the user name.',
  },
  'username.invalid': {
    vi: 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới (3–64 ký tự).',
    en: 'User names use lower-case letters without accents, digits, dots, hyphens or underscores (3–64 characters).',
  },
  'email.invalid': {
    vi: 'Địa chỉ thư điện tử không hợp lệ.',
    en: 'The e-mail address is not valid.',
  },
  'phone.invalid': {
    vi: 'Số điện thoại không hợp lệ (di động 10 số bắt đầu bằng 03, 05, 07, 08, 09 hoặc số cố định).',
    en: 'The phone number is not valid (10-digit mobile starting 03, 05, 07, 08, 09, or a landline).',
  },
  'date.invalid': {
    vi: 'Ngày không hợp lệ (định dạng YYYY-MM-DD).',
    en: 'The date is not valid (YYYY-MM-DD).',
  },
  'time.invalid': {
    vi: 'Giờ không hợp lệ (định dạng HH:MM).',
    en: 'The time is not valid (HH:MM).',
  },
  'code.invalid': {
    vi: 'Mã chỉ gồm chữ thường không dấu, số và gạch ngang.',
    en: 'Codes use lower-case letters without accents, digits and hyphens.',
  },
  'text.invalid': { vi: 'Giá trị phải là văn bản.', en: 'The value must be text.' },
  'text.too_short': { vi: 'Nội dung quá ngắn.', en: 'The text is too short.' },
  'value.invalid': { vi: 'Giá trị không hợp lệ.', en: 'The value is not valid.' },
  'option.invalid': {
    vi: 'Giá trị không nằm trong danh sách cho phép.',
    en: 'Choose one of the allowed values.',
  },
  'phone.mobile_required': {
    vi: 'Vui lòng nhập số điện thoại di động (10 số, bắt đầu bằng 03, 05, 07, 08 hoặc 09).',
    en: 'Please give a mobile number (10 digits starting 03, 05, 07, 08 or 09).',
  },
  'citizen_id.invalid': {
    vi: 'Số định danh cá nhân (số căn cước) gồm 12 chữ số, bắt đầu bằng mã tỉnh nơi đăng ký khai sinh.',
    en: 'The personal identification (citizen ID) number has 12 digits and starts with the code of the province where the birth was registered.',
  },
  'name.invalid': {
    vi: 'Họ tên hoặc tên tổ chức không hợp lệ (2–120 ký tự, có chữ cái, không có ký hiệu đặc biệt).',
    en: 'The name is not valid (2–120 characters, with letters and no special symbols).',
  },
  'address.invalid': {
    vi: 'Địa chỉ không hợp lệ (5–300 ký tự, có chữ hoặc số).',
    en: 'The address is not valid (5–300 characters, with letters or digits).',
  },
  'content.too_short': {
    vi: 'Nội dung phản ánh quá ngắn: vui lòng mô tả rõ sự việc.',
    en: 'The report is too short: please describe what happened.',
  },
  'content.no_diacritics': {
    vi: 'Vui lòng viết nội dung bằng tiếng Việt có dấu.',
    en: 'Please write the report in Vietnamese with diacritics (tone marks).',
  },
  'coordinates.invalid': { vi: 'Tọa độ không hợp lệ.', en: 'The coordinates are not valid.' },
  'coordinates.incomplete': {
    vi: 'Cần có cả vĩ độ và kinh độ.',
    en: 'Give both the latitude and the longitude.',
  },
  'coordinates.outside_vietnam': {
    vi: 'Vị trí nằm ngoài lãnh thổ Việt Nam.',
    en: 'The location is outside Viet Nam.',
  },
  'location.required': {
    vi: 'Vui lòng cho biết địa điểm (chọn trên bản đồ hoặc nhập địa chỉ).',
    en: 'Please give the place (pick it on the map or type the address).',
  },
  'datetime.invalid': {
    vi: 'Thời điểm không hợp lệ (ISO 8601 có múi giờ, ví dụ 2026-03-05T08:30:00+07:00).',
    en: 'The time is not valid (ISO 8601 with a time zone, e.g. 2026-03-05T08:30:00+07:00).',
  },
  'datetime.in_future': {
    vi: 'Thời điểm không được ở tương lai.',
    en: 'The time cannot be in the future.',
  },
  'incident_at.after_received': {
    vi: 'Thời điểm xảy ra sự việc không thể sau thời điểm tiếp nhận phản ánh.',
    en: 'The incident cannot have happened after the report was received.',
  },
  'consent.data_processing_required': {
    vi: 'Bạn cần đồng ý để cơ quan nhà nước sử dụng thông tin cá nhân của bạn khi xử lý phản ánh.',
    en: 'You must agree that the authorities may use your personal data to handle the report.',
  },
  'template.too_long': { vi: 'Mẫu quá dài.', en: 'The template is too long.' },
  'template.unknown_placeholder': {
    vi: 'Mẫu dùng một trường thay thế không có trong danh sách.',
    en: 'The template uses a placeholder that does not exist.',
  },
  'template.unknown_filter': {
    vi: 'Mẫu dùng một bộ lọc không có trong danh sách (chỉ có upper, lower).',
    en: 'The template uses a filter that does not exist (only upper and lower).',
  },
  'template.unbalanced_braces': {
    vi: 'Dấu ngoặc {{ và }} trong mẫu không khớp nhau.',
    en: 'The {{ and }} braces in the template do not match.',
  },
  'template.invalid_tag': {
    vi: 'Một thẻ {{…}} trong mẫu viết sai cú pháp.',
    en: 'A {{…}} tag in the template is malformed.',
  },
  'template.unclosed_section': {
    vi: 'Khối {{#if …}} chưa được đóng bằng {{/if}}.',
    en: 'An {{#if …}} block is not closed with {{/if}}.',
  },
  'template.unexpected_section_end': {
    vi: '{{else}} hoặc {{/if}} không có {{#if …}} tương ứng.',
    en: '{{else}} or {{/if}} without a matching {{#if …}}.',
  },
  'template.answer_missing': {
    vi: 'Mẫu phải có trường {{answer.content}} (nội dung trả lời).',
    en: 'The template must contain {{answer.content}} (the answer).',
  },
};
