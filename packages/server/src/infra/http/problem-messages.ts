import type { ErrorCode, LocalisedText } from './app-error';

/** User-safe messages of every error code, Vietnamese first. */
export const PROBLEM_MESSAGES: Record<ErrorCode, LocalisedText & { title: string }> = {
  BAD_REQUEST: {
    title: 'Bad request',
    vi: 'Yêu cầu không hợp lệ.',
    en: 'The request is not valid.',
  },
  VALIDATION_FAILED: {
    title: 'Validation failed',
    vi: 'Dữ liệu gửi lên chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
    en: 'Some fields are not valid. Please check the fields listed.',
  },
  UNAUTHENTICATED: {
    title: 'Sign-in required',
    vi: 'Bạn cần đăng nhập để thực hiện thao tác này.',
    en: 'You need to sign in to do this.',
  },
  INVALID_CREDENTIALS: {
    title: 'Invalid credentials',
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'The user name or password is not correct.',
  },
  FORBIDDEN: {
    title: 'Forbidden',
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  CSRF_FAILED: {
    title: 'CSRF check failed',
    vi: 'Phiên làm việc không hợp lệ hoặc đã hết hạn. Vui lòng tải lại trang.',
    en: 'The request could not be verified. Please reload the page.',
  },
  NOT_FOUND: {
    title: 'Not found',
    vi: 'Không tìm thấy nội dung yêu cầu.',
    en: 'What you asked for was not found.',
  },
  TENANT_NOT_FOUND: {
    title: 'Tenant not found',
    vi: 'Không xác định được đơn vị (tỉnh/thành phố) của yêu cầu.',
    en: 'The province (tenant) of this request could not be determined.',
  },
  CONFLICT: {
    title: 'Conflict',
    vi: 'Dữ liệu bị trùng hoặc xung đột với dữ liệu đã có.',
    en: 'This conflicts with existing data.',
  },
  VERSION_CONFLICT: {
    title: 'Version conflict',
    vi: 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại và thử lại.',
    en: 'Someone else changed this in the meantime. Please reload and try again.',
  },
  INVALID_TRANSITION: {
    title: 'Action not allowed in this state',
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại.',
    en: 'This action cannot be taken in the current state.',
  },
  PAYLOAD_TOO_LARGE: {
    title: 'Payload too large',
    vi: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.',
    en: 'The upload is larger than allowed.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    title: 'Unsupported media type',
    vi: 'Định dạng tệp không được hỗ trợ.',
    en: 'This file type is not supported.',
  },
  ACCOUNT_LOCKED: {
    title: 'Account locked',
    vi: 'Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau.',
    en: 'The account is temporarily locked after repeated failed sign-ins. Try again later.',
  },
  RATE_LIMITED: {
    title: 'Too many requests',
    vi: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
    en: 'Too many requests. Please try again in a few minutes.',
  },
  INTERNAL: {
    title: 'Internal error',
    vi: 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',
    en: 'Something went wrong. Please try again later.',
  },
  NOT_READY: {
    title: 'Not ready',
    vi: 'Hệ thống đang khởi động hoặc bảo trì.',
    en: 'The service is starting or under maintenance.',
  },
};

/** The stable `type` URI of a problem: documented in docs/api-errors.md. */
export function problemType(code: ErrorCode): string {
  return `https://paht.vn/problems/${code.toLowerCase().replace(/_/g, '-')}`;
}
