/**
 * The message catalogue: every string the UI shows, Vietnamese first. `{name}` marks a value
 * filled in by `translate`; both languages must use the same placeholders (the catalogue test
 * checks it). Role labels come from the domain's catalogue (`ROLE_LABELS`), shared with the
 * server; shared validation texts from `VALIDATION_MESSAGES`. The catalogue is kept in parts:
 * this file (shell, sign-in, administration), the words of a report's life
 * (`messages-reports.ts`), the citizen portal (`messages-citizen.ts`) and the staff's report work
 * (`messages-staff.ts`); no key is in two parts (tested).
 */
import { citizenEn, citizenVi } from './messages-citizen';
import { reportsEn, reportsVi } from './messages-reports';
import { staffEn, staffVi } from './messages-staff';

const coreVi = {
  'app.name': 'Phản ánh hiện trường',
  'app.tagline': 'Gửi phản ánh, theo dõi xử lý và đánh giá kết quả',
  'app.skipLink': 'Bỏ qua, đến nội dung chính',
  'app.homeLink': 'Trang chọn tỉnh, thành phố',
  'app.pageTitle': '{page} — {site}',

  'language.label': 'Ngôn ngữ',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',

  'state.loading': 'Đang tải…',
  'state.retry': 'Thử lại',
  'state.reload': 'Tải lại trang',

  'chooser.title': 'Chọn tỉnh, thành phố',
  'chooser.intro':
    'Hệ thống tiếp nhận và xử lý phản ánh, kiến nghị của người dân và tổ chức. Chọn tỉnh, thành phố nơi bạn cần gửi phản ánh hoặc làm việc.',
  'chooser.empty': 'Chưa có tỉnh, thành phố nào được cấu hình.',

  'tenant.notFound.title': 'Không tìm thấy tỉnh, thành phố',
  'tenant.notFound.body': 'Địa chỉ này không thuộc tỉnh, thành phố nào trong hệ thống.',

  'notFound.title': 'Không tìm thấy trang',
  'notFound.body': 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
  'routeError.title': 'Đã có lỗi xảy ra',
  'routeError.body': 'Trang không hiển thị được. Vui lòng tải lại trang hoặc thử lại sau.',

  'header.staffHome': 'Trang cán bộ',
  'header.administration': 'Quản trị',
  'header.changePassword': 'Đổi mật khẩu',
  'header.signOut': 'Đăng xuất',
  'header.signingOut': 'Đang đăng xuất…',
  'header.signedInAs': 'Đã đăng nhập: {name}',
  'header.staffNav': 'Điều hướng cán bộ',

  'form.errorSummary.title': 'Vui lòng kiểm tra lại',
  'form.showPassword': 'Hiện mật khẩu',
  'form.showPasswords': 'Hiện các mật khẩu',

  'signIn.title': 'Đăng nhập cán bộ',
  'signIn.intro': 'Dành cho cán bộ tiếp nhận, xử lý, giám sát và quản trị của {tenant}.',
  'signIn.username': 'Tên đăng nhập',
  'signIn.password': 'Mật khẩu',
  'signIn.submit': 'Đăng nhập',
  'signIn.submitting': 'Đang đăng nhập…',
  'signIn.usernameRequired': 'Vui lòng nhập tên đăng nhập.',
  'signIn.passwordRequired': 'Vui lòng nhập mật khẩu.',
  'signIn.retryAfter': 'Bạn có thể thử lại sau khoảng {minutes} phút.',
  'signIn.signedOut': 'Bạn đã đăng xuất.',

  'password.title': 'Đổi mật khẩu',
  'password.intro':
    'Sau khi đổi mật khẩu, các phiên đăng nhập khác của bạn (trên máy khác) sẽ kết thúc.',
  'password.current': 'Mật khẩu hiện tại',
  'password.new': 'Mật khẩu mới',
  'password.policy.title': 'Mật khẩu mới cần:',
  'password.policy.length': 'có ít nhất 10 ký tự',
  'password.policy.lettersAndDigits': 'có cả chữ và số',
  'password.policy.notUsername': 'không chứa tên đăng nhập ({username})',
  'password.policy.met': 'đã đạt',
  'password.policy.unmet': 'chưa đạt',
  'password.confirm': 'Nhập lại mật khẩu mới',
  'password.submit': 'Đổi mật khẩu',
  'password.submitting': 'Đang đổi mật khẩu…',
  'password.currentRequired': 'Vui lòng nhập mật khẩu hiện tại.',
  'password.newRequired': 'Vui lòng nhập mật khẩu mới.',
  'password.confirmRequired': 'Vui lòng nhập lại mật khẩu mới.',
  'password.mismatch': 'Mật khẩu nhập lại không khớp với mật khẩu mới.',
  'password.tooShort': 'Mật khẩu phải có ít nhất 10 ký tự.',
  'password.tooWeak': 'Mật khẩu phải có chữ và số, và không được trùng tên đăng nhập.',
  'password.success': 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.',
  'staff.backHome': 'Về trang cán bộ',

  'staff.title': 'Xin chào, {name}',
  'staff.profile': 'Thông tin tài khoản',
  'staff.username': 'Tên đăng nhập',
  'staff.roles': 'Vai trò',
  'staff.orgUnit': 'Đơn vị',
  'staff.noOrgUnit': 'Không thuộc đơn vị nào',
  'staff.sections': 'Chức năng của bạn',
  'staff.notYetAvailable': 'Chưa có trong phiên bản này',
  'staff.account': 'Tài khoản',

  'section.intake.title': 'Tiếp nhận phản ánh',
  'section.intake.description':
    'Kiểm tra, phân loại theo lĩnh vực và chuyển phản ánh đến cơ quan xử lý; nhập phản ánh qua điện thoại, thư điện tử, văn bản.',
  'section.handling.title': 'Xử lý phản ánh',
  'section.handling.description':
    'Tiếp nhận hoặc trả lại phản ánh được giao, xử lý và báo cáo kết quả đúng thời hạn.',
  'section.approval.title': 'Duyệt kết quả xử lý',
  'section.approval.description':
    'Duyệt hoặc trả lại kết quả xử lý của cán bộ chuyên môn trong đơn vị.',
  'section.supervision.title': 'Giám sát, thống kê',
  'section.supervision.description':
    'Theo dõi tình hình tiếp nhận, xử lý, các phản ánh quá hạn và mức độ hài lòng.',
  'section.administration.title': 'Quản trị hệ thống',
  'section.administration.description':
    'Cơ cấu tổ chức, tài khoản cán bộ và lĩnh vực phản ánh của tỉnh, thành phố.',

  'admin.title': 'Quản trị hệ thống',
  'admin.intro': 'Cơ cấu tổ chức, tài khoản cán bộ và lĩnh vực phản ánh của {tenant}.',
  'admin.forbidden.title': 'Không có quyền truy cập',
  'admin.forbidden.body':
    'Trang quản trị chỉ dành cho tài khoản có vai trò Quản trị hệ thống. Nếu bạn cần truy cập, hãy liên hệ quản trị hệ thống của tỉnh, thành phố.',
  'admin.forbidden.yourRoles': 'Vai trò của tài khoản bạn: {roles}.',
  'admin.contents': 'Nội dung trang quản trị',
  'admin.orgUnits.title': 'Cơ cấu tổ chức',
  'admin.orgUnits.empty': 'Chưa có đơn vị nào.',
  'admin.orgUnits.treeLabel': 'Sơ đồ cơ cấu tổ chức',
  'admin.orgUnits.inactive': 'Ngừng hoạt động',
  'admin.orgUnits.code': 'Mã: {code}',
  'admin.orgUnits.phone': 'Điện thoại: {phone}',
  'admin.users.title': 'Tài khoản cán bộ',
  'admin.users.empty': 'Chưa có tài khoản nào.',
  'admin.users.displayName': 'Họ và tên',
  'admin.users.username': 'Tên đăng nhập',
  'admin.users.roles': 'Vai trò',
  'admin.users.orgUnit': 'Đơn vị',
  'admin.users.status': 'Trạng thái',
  'admin.users.lastSignIn': 'Đăng nhập gần nhất',
  'admin.users.never': 'Chưa đăng nhập',
  'admin.users.active': 'Đang hoạt động',
  'admin.users.inactive': 'Đã khóa tài khoản',
  'admin.users.locked': 'Tạm khóa do đăng nhập sai',
  'admin.fields.title': 'Lĩnh vực phản ánh',
  'admin.fields.empty': 'Chưa có lĩnh vực nào.',
  'admin.fields.code': 'Mã',
  'admin.fields.name': 'Tên lĩnh vực',
  'admin.fields.defaultAgency': 'Cơ quan xử lý mặc định',
  'admin.fields.fastTrack': 'Quy trình',
  'admin.fields.normalTrack': 'Thông thường',
  'admin.fields.status': 'Trạng thái',
  'admin.fields.active': 'Đang dùng',
  'admin.fields.inactive': 'Ngừng dùng',
  'admin.count': '{count} mục',
  'admin.none': '—',

  'orgKind.provincial_committee': 'UBND tỉnh, thành phố',
  'orgKind.intake_center': 'Trung tâm tiếp nhận',
  'orgKind.department': 'Sở, ban, ngành',
  'orgKind.commune': 'UBND xã, phường',
  'orgKind.utility': 'Doanh nghiệp dịch vụ công',
  'orgKind.central_agency': 'Cơ quan Trung ương trên địa bàn',
  'orgKind.other': 'Đơn vị khác',

  'fastTrack.urban_infrastructure': 'Xử lý tức thời (hạ tầng đô thị)',
  'fastTrack.emergency': 'Khẩn cấp',

  'error.network': 'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.',
  'error.unauthenticated': 'Bạn cần đăng nhập để thực hiện thao tác này.',
  'error.forbidden': 'Bạn không có quyền thực hiện thao tác này.',
  'error.notFound': 'Không tìm thấy nội dung yêu cầu.',
  'error.rateLimited': 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
  'error.server': 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',
  'error.unexpected': 'Máy chủ trả về dữ liệu không như mong đợi. Vui lòng thử lại sau.',
  'error.requestId': 'Mã tra cứu lỗi: {requestId}',
};

/** English: the compiler refuses a missing or unknown key. */
const coreEn: Record<keyof typeof coreVi, string> = {
  'app.name': 'Field reports',
  'app.tagline': 'Report a problem, follow its handling and rate the result',
  'app.skipLink': 'Skip to main content',
  'app.homeLink': 'Choose a province',
  'app.pageTitle': '{page} — {site}',

  'language.label': 'Language',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',

  'state.loading': 'Loading…',
  'state.retry': 'Try again',
  'state.reload': 'Reload the page',

  'chooser.title': 'Choose a province or city',
  'chooser.intro':
    'The system that takes in and handles reports and petitions from citizens and organisations. Choose the province or city you want to report to or work for.',
  'chooser.empty': 'No province or city has been set up yet.',

  'tenant.notFound.title': 'Province not found',
  'tenant.notFound.body': 'This address does not belong to any province or city served here.',

  'notFound.title': 'Page not found',
  'notFound.body': 'The page you are looking for does not exist or has moved.',
  'routeError.title': 'Something went wrong',
  'routeError.body': 'This page could not be shown. Reload the page or try again later.',

  'header.staffHome': 'Staff home',
  'header.administration': 'Administration',
  'header.changePassword': 'Change password',
  'header.signOut': 'Sign out',
  'header.signingOut': 'Signing out…',
  'header.signedInAs': 'Signed in: {name}',
  'header.staffNav': 'Staff navigation',

  'form.errorSummary.title': 'There is a problem',
  'form.showPassword': 'Show password',
  'form.showPasswords': 'Show the passwords',

  'signIn.title': 'Staff sign-in',
  'signIn.intro': 'For intake, handling, supervision and administration staff of {tenant}.',
  'signIn.username': 'User name',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.usernameRequired': 'Enter your user name.',
  'signIn.passwordRequired': 'Enter your password.',
  'signIn.retryAfter': 'You can try again in about {minutes} minutes.',
  'signIn.signedOut': 'You have signed out.',

  'password.title': 'Change password',
  'password.intro': 'After the change, your other sessions (on other devices) are signed out.',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.policy.title': 'The new password needs:',
  'password.policy.length': 'at least 10 characters',
  'password.policy.lettersAndDigits': 'both letters and digits',
  'password.policy.notUsername': 'not to contain your user name ({username})',
  'password.policy.met': 'met',
  'password.policy.unmet': 'not met yet',
  'password.confirm': 'Repeat the new password',
  'password.submit': 'Change password',
  'password.submitting': 'Changing the password…',
  'password.currentRequired': 'Enter your current password.',
  'password.newRequired': 'Enter a new password.',
  'password.confirmRequired': 'Repeat the new password.',
  'password.mismatch': 'The repeated password does not match the new one.',
  'password.tooShort': 'The password must have at least 10 characters.',
  'password.tooWeak': 'The password must contain letters and digits and differ from the user name.',
  'password.success': 'Your password has been changed. Your other sessions have ended.',
  'staff.backHome': 'Back to staff home',

  'staff.title': 'Hello, {name}',
  'staff.profile': 'Your account',
  'staff.username': 'User name',
  'staff.roles': 'Roles',
  'staff.orgUnit': 'Organisation unit',
  'staff.noOrgUnit': 'Not attached to a unit',
  'staff.sections': 'What you can do',
  'staff.notYetAvailable': 'Not available in this version yet',
  'staff.account': 'Account',

  'section.intake.title': 'Intake',
  'section.intake.description':
    'Check reports, classify them by field and route them to agencies; enter reports received by phone, e-mail or letter.',
  'section.handling.title': 'Handling',
  'section.handling.description':
    'Accept or return the reports assigned to you, handle them and report the result on time.',
  'section.approval.title': 'Approval',
  'section.approval.description':
    'Approve the results of your agency’s specialists or send them back for revision.',
  'section.supervision.title': 'Supervision and statistics',
  'section.supervision.description':
    'Follow intake and handling, overdue reports and the reporters’ satisfaction.',
  'section.administration.title': 'Administration',
  'section.administration.description':
    'The organisation tree, staff accounts and report fields of the province.',

  'admin.title': 'Administration',
  'admin.intro': 'The organisation, staff accounts and report fields of {tenant}.',
  'admin.forbidden.title': 'You do not have access',
  'admin.forbidden.body':
    'The administration page is only for accounts with the Administrator role. If you need access, ask your province’s system administrator.',
  'admin.forbidden.yourRoles': 'Your account’s roles: {roles}.',
  'admin.contents': 'Contents of the administration page',
  'admin.orgUnits.title': 'Organisation',
  'admin.orgUnits.empty': 'There are no organisation units yet.',
  'admin.orgUnits.treeLabel': 'Organisation tree',
  'admin.orgUnits.inactive': 'Inactive',
  'admin.orgUnits.code': 'Code: {code}',
  'admin.orgUnits.phone': 'Phone: {phone}',
  'admin.users.title': 'Staff accounts',
  'admin.users.empty': 'There are no accounts yet.',
  'admin.users.displayName': 'Full name',
  'admin.users.username': 'User name',
  'admin.users.roles': 'Roles',
  'admin.users.orgUnit': 'Unit',
  'admin.users.status': 'Status',
  'admin.users.lastSignIn': 'Last sign-in',
  'admin.users.never': 'Never signed in',
  'admin.users.active': 'Active',
  'admin.users.inactive': 'Deactivated',
  'admin.users.locked': 'Locked after failed sign-ins',
  'admin.fields.title': 'Report fields',
  'admin.fields.empty': 'There are no fields yet.',
  'admin.fields.code': 'Code',
  'admin.fields.name': 'Field',
  'admin.fields.defaultAgency': 'Default agency',
  'admin.fields.fastTrack': 'Track',
  'admin.fields.normalTrack': 'Normal',
  'admin.fields.status': 'Status',
  'admin.fields.active': 'In use',
  'admin.fields.inactive': 'Retired',
  'admin.count': '{count} items',
  'admin.none': '—',

  'orgKind.provincial_committee': 'Provincial People’s Committee',
  'orgKind.intake_center': 'Intake center',
  'orgKind.department': 'Department',
  'orgKind.commune': 'Commune People’s Committee',
  'orgKind.utility': 'Public utility',
  'orgKind.central_agency': 'Central agency in the province',
  'orgKind.other': 'Other unit',

  'fastTrack.urban_infrastructure': 'Fast track (urban infrastructure)',
  'fastTrack.emergency': 'Emergency',

  'error.network': 'The server could not be reached. Check your connection and try again.',
  'error.unauthenticated': 'You need to sign in to do this.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.notFound': 'What you asked for was not found.',
  'error.rateLimited': 'Too many requests. Please try again in a few minutes.',
  'error.server': 'Something went wrong. Please try again later.',
  'error.unexpected': 'The server sent an unexpected answer. Please try again later.',
  'error.requestId': 'Error reference: {requestId}',
};

const vi = { ...coreVi, ...reportsVi, ...citizenVi, ...staffVi };
const en: Record<MessageKey, string> = { ...coreEn, ...reportsEn, ...citizenEn, ...staffEn };

export type MessageKey = keyof typeof vi;

export const messages = { vi, en };

/** The catalogue's parts, so a test can check that no key is defined twice. */
export const MESSAGE_PARTS = [coreVi, reportsVi, citizenVi, staffVi] as const;

export type Language = keyof typeof messages;
export const LANGUAGES: readonly Language[] = ['vi', 'en'];
