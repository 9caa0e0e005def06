/**
 * The texts of notifications (issue 4 item 8), Vietnamese and English. The reporter is answered in
 * the language they chose; staff always in Vietnamese. SMS texts stay short and unaccented-safe
 * (they are sent as Unicode; carriers bill by segment, so the link does the talking).
 */
import type { EventType } from '@paht/domain';

export type Language = 'vi' | 'en';

/** Events the server adds to the engine's: reminders from the sweeper. */
export type NoticeType = EventType | 'deadline.reminder' | 'progress.reminder';

export type TemplateValues = {
  trackingCode: string;
  title: string;
  link: string;
  /** The reason, question, answer … the event carries; empty when none. */
  detail: string;
  tenantName: string;
};

type Text = { subject: string; body: string; sms: string };
type Template = (v: TemplateValues) => Text;

const signature = (v: TemplateValues, language: Language) =>
  language === 'vi'
    ? `\n\nTrân trọng,\nHệ thống tiếp nhận phản ánh hiện trường — ${v.tenantName}`
    : `\n\nKind regards,\nField report service — ${v.tenantName}`;

const detailBlock = (v: TemplateValues, label: string) =>
  v.detail ? `\n\n${label}:\n${v.detail}` : '';

const REPORTER_VI: Partial<Record<EventType, Template>> = {
  'report.submitted': (v) => ({
    subject: `Đã tiếp nhận phản ánh ${v.trackingCode}`,
    body: `Phản ánh "${v.title}" của Ông/Bà đã được tiếp nhận.\nMã tra cứu: ${v.trackingCode}\nTheo dõi tiến độ tại: ${v.link}`,
    sms: `PAHT: Da tiep nhan phan anh. Ma tra cuu ${v.trackingCode}. ${v.link}`,
  }),
  'report.information_requested': (v) => ({
    subject: `Đề nghị bổ sung thông tin phản ánh ${v.trackingCode}`,
    body: `Để xử lý phản ánh "${v.title}", đề nghị Ông/Bà bổ sung thông tin.${detailBlock(v, 'Nội dung cần bổ sung')}\n\nBổ sung tại: ${v.link}`,
    sms: `PAHT: De nghi bo sung thong tin phan anh ${v.trackingCode}. ${v.link}`,
  }),
  'report.rejected': (v) => ({
    subject: `Phản ánh ${v.trackingCode} không được tiếp nhận xử lý`,
    body: `Phản ánh "${v.title}" không được tiếp nhận xử lý.${detailBlock(v, 'Lý do')}\n\nChi tiết: ${v.link}`,
    sms: `PAHT: Phan anh ${v.trackingCode} khong duoc tiep nhan xu ly. Chi tiet: ${v.link}`,
  }),
  'report.referred': (v) => ({
    subject: `Phản ánh ${v.trackingCode} đã được chuyển cơ quan có thẩm quyền`,
    body: `Phản ánh "${v.title}" đã được chuyển đến cơ quan có thẩm quyền.${detailBlock(v, 'Ghi chú')}\n\nChi tiết: ${v.link}`,
    sms: `PAHT: Phan anh ${v.trackingCode} da chuyen co quan co tham quyen. ${v.link}`,
  }),
  'report.distributed': (v) => ({
    subject: `Phản ánh ${v.trackingCode} đã được chuyển cơ quan xử lý`,
    body: `Phản ánh "${v.title}" đã được chuyển đến cơ quan có trách nhiệm xử lý.\nTheo dõi tại: ${v.link}`,
    sms: `PAHT: Phan anh ${v.trackingCode} da chuyen co quan xu ly. ${v.link}`,
  }),
  'report.published': (v) => ({
    subject: `Đã có kết quả trả lời phản ánh ${v.trackingCode}`,
    body: `Phản ánh "${v.title}" đã có kết quả trả lời.${detailBlock(v, 'Nội dung trả lời')}\n\nXem và đánh giá tại: ${v.link}`,
    sms: `PAHT: Phan anh ${v.trackingCode} da co ket qua tra loi. ${v.link}`,
  }),
  'report.sent_privately': (v) => ({
    subject: `Kết quả trả lời phản ánh ${v.trackingCode}`,
    body: `Kết quả trả lời phản ánh "${v.title}" được gửi riêng cho Ông/Bà.${detailBlock(v, 'Nội dung trả lời')}\n\nXem tại: ${v.link}`,
    sms: `PAHT: Phan anh ${v.trackingCode} da co ket qua tra loi (gui rieng). ${v.link}`,
  }),
  'report.answered_at_intake': (v) => ({
    subject: `Trả lời yêu cầu ${v.trackingCode}`,
    body: `Yêu cầu "${v.title}" của Ông/Bà đã được trả lời.${detailBlock(v, 'Nội dung trả lời')}\n\nXem tại: ${v.link}`,
    sms: `PAHT: Yeu cau ${v.trackingCode} da duoc tra loi. ${v.link}`,
  }),
  'follow_up.answered': (v) => ({
    subject: `Trả lời ý kiến của Ông/Bà về phản ánh ${v.trackingCode}`,
    body: `Ý kiến của Ông/Bà về phản ánh "${v.title}" đã được trả lời.${detailBlock(v, 'Nội dung trả lời')}\n\nXem tại: ${v.link}`,
    sms: `PAHT: Y kien ve phan anh ${v.trackingCode} da duoc tra loi. ${v.link}`,
  }),
};

const REPORTER_EN: Partial<Record<EventType, Template>> = {
  'report.submitted': (v) => ({
    subject: `Report ${v.trackingCode} received`,
    body: `Your report "${v.title}" has been received.\nTracking code: ${v.trackingCode}\nFollow it at: ${v.link}`,
    sms: `PAHT: report received. Tracking code ${v.trackingCode}. ${v.link}`,
  }),
  'report.information_requested': (v) => ({
    subject: `More information needed for report ${v.trackingCode}`,
    body: `To handle your report "${v.title}" we need more information.${detailBlock(v, 'What we need')}\n\nAdd it at: ${v.link}`,
    sms: `PAHT: more information needed for report ${v.trackingCode}. ${v.link}`,
  }),
  'report.rejected': (v) => ({
    subject: `Report ${v.trackingCode} was not accepted`,
    body: `Your report "${v.title}" was not accepted for handling.${detailBlock(v, 'Reason')}\n\nDetails: ${v.link}`,
    sms: `PAHT: report ${v.trackingCode} was not accepted. ${v.link}`,
  }),
  'report.referred': (v) => ({
    subject: `Report ${v.trackingCode} was referred to the competent authority`,
    body: `Your report "${v.title}" was referred to the competent authority.${detailBlock(v, 'Note')}\n\nDetails: ${v.link}`,
    sms: `PAHT: report ${v.trackingCode} was referred. ${v.link}`,
  }),
  'report.distributed': (v) => ({
    subject: `Report ${v.trackingCode} sent to the agency in charge`,
    body: `Your report "${v.title}" was sent to the agency in charge.\nFollow it at: ${v.link}`,
    sms: `PAHT: report ${v.trackingCode} sent to the agency in charge. ${v.link}`,
  }),
  'report.published': (v) => ({
    subject: `Report ${v.trackingCode} has been answered`,
    body: `Your report "${v.title}" has been answered.${detailBlock(v, 'Answer')}\n\nRead and rate it at: ${v.link}`,
    sms: `PAHT: report ${v.trackingCode} has been answered. ${v.link}`,
  }),
  'report.sent_privately': (v) => ({
    subject: `The answer to report ${v.trackingCode}`,
    body: `The answer to your report "${v.title}" is sent to you only.${detailBlock(v, 'Answer')}\n\nRead it at: ${v.link}`,
    sms: `PAHT: report ${v.trackingCode} has been answered (private). ${v.link}`,
  }),
  'report.answered_at_intake': (v) => ({
    subject: `Answer to ${v.trackingCode}`,
    body: `Your request "${v.title}" has been answered.${detailBlock(v, 'Answer')}\n\nRead it at: ${v.link}`,
    sms: `PAHT: ${v.trackingCode} has been answered. ${v.link}`,
  }),
  'follow_up.answered': (v) => ({
    subject: `Answer to your follow-up on report ${v.trackingCode}`,
    body: `Your follow-up on report "${v.title}" has been answered.${detailBlock(v, 'Answer')}\n\nRead it at: ${v.link}`,
    sms: `PAHT: your follow-up on ${v.trackingCode} was answered. ${v.link}`,
  }),
};

/** Staff notifications: what their unit must act on next (always Vietnamese). */
const STAFF: Partial<Record<NoticeType, Template>> = {
  'assignment.received': (v) => ({
    subject: `[PAHT] Phản ánh ${v.trackingCode} được chuyển đến đơn vị`,
    body: `Đơn vị được giao xử lý phản ánh "${v.title}" (mã ${v.trackingCode}).${detailBlock(v, 'Ghi chú')}\n\nXử lý tại: ${v.link}`,
    sms: `PAHT: Don vi duoc giao xu ly phan anh ${v.trackingCode}. ${v.link}`,
  }),
  'assignment.returned': (v) => ({
    subject: `[PAHT] Phản ánh ${v.trackingCode} bị trả lại`,
    body: `Phản ánh "${v.title}" (mã ${v.trackingCode}) đã bị đơn vị được giao trả lại.${detailBlock(v, 'Lý do')}\n\nXem tại: ${v.link}`,
    sms: `PAHT: Phan anh ${v.trackingCode} bi tra lai. ${v.link}`,
  }),
  'answer.submitted': (v) => ({
    subject: `[PAHT] Dự thảo trả lời phản ánh ${v.trackingCode} chờ phê duyệt`,
    body: `Dự thảo trả lời phản ánh "${v.title}" (mã ${v.trackingCode}) đang chờ lãnh đạo phê duyệt.\n\nXem tại: ${v.link}`,
    sms: `PAHT: Du thao tra loi ${v.trackingCode} cho phe duyet. ${v.link}`,
  }),
  'answer.returned': (v) => ({
    subject: `[PAHT] Dự thảo trả lời phản ánh ${v.trackingCode} bị trả lại`,
    body: `Lãnh đạo trả lại dự thảo trả lời phản ánh "${v.title}" (mã ${v.trackingCode}).${detailBlock(v, 'Lý do')}\n\nXem tại: ${v.link}`,
    sms: `PAHT: Du thao ${v.trackingCode} bi tra lai. ${v.link}`,
  }),
  'report.answer_returned': (v) => ({
    subject: `[PAHT] Kết quả trả lời phản ánh ${v.trackingCode} bị trả lại`,
    body: `Kết quả trả lời phản ánh "${v.title}" (mã ${v.trackingCode}) chưa đạt yêu cầu và được trả lại.${detailBlock(v, 'Lý do')}\n\nXem tại: ${v.link}`,
    sms: `PAHT: Ket qua tra loi ${v.trackingCode} bi tra lai. ${v.link}`,
  }),
  'report.answer_ready': (v) => ({
    subject: `[PAHT] Phản ánh ${v.trackingCode} có kết quả chờ đăng tải`,
    body: `Phản ánh "${v.title}" (mã ${v.trackingCode}) đã có kết quả xử lý, chờ kiểm tra và đăng tải.\n\nXem tại: ${v.link}`,
    sms: `PAHT: ${v.trackingCode} co ket qua cho dang tai. ${v.link}`,
  }),
  'coordination.completed': (v) => ({
    subject: `[PAHT] Đơn vị phối hợp đã có kết quả — ${v.trackingCode}`,
    body: `Đơn vị phối hợp đã gửi kết quả cho phản ánh "${v.title}" (mã ${v.trackingCode}).\n\nXem tại: ${v.link}`,
    sms: `PAHT: Don vi phoi hop da co ket qua ${v.trackingCode}. ${v.link}`,
  }),
  'follow_up.asked': (v) => ({
    subject: `[PAHT] Người phản ánh có ý kiến về kết quả — ${v.trackingCode}`,
    body: `Người phản ánh có ý kiến về kết quả trả lời phản ánh "${v.title}" (mã ${v.trackingCode}).${detailBlock(v, 'Ý kiến')}\n\nXem tại: ${v.link}`,
    sms: `PAHT: Nguoi phan anh co y kien ve ${v.trackingCode}. ${v.link}`,
  }),
  'follow_up.forwarded': (v) => ({
    subject: `[PAHT] Ý kiến của người phản ánh được chuyển đến đơn vị — ${v.trackingCode}`,
    body: `Ý kiến của người phản ánh về phản ánh "${v.title}" (mã ${v.trackingCode}) được chuyển đến đơn vị để trả lời.\n\nXem tại: ${v.link}`,
    sms: `PAHT: Y kien ve ${v.trackingCode} chuyen den don vi. ${v.link}`,
  }),
  'assignment.extended': (v) => ({
    subject: `[PAHT] Gia hạn xử lý phản ánh ${v.trackingCode}`,
    body: `Đơn vị xử lý đã gia hạn phản ánh "${v.title}" (mã ${v.trackingCode}).${detailBlock(v, 'Lý do')}\n\nXem tại: ${v.link}`,
    sms: `PAHT: Gia han xu ly ${v.trackingCode}. ${v.link}`,
  }),
  'assignment.reappointed': (v) => ({
    subject: `[PAHT] Hẹn lại thời gian trả kết quả — ${v.trackingCode}`,
    body: `Đơn vị xử lý đã hẹn lại thời gian trả kết quả phản ánh "${v.title}" (mã ${v.trackingCode}).\n\nXem tại: ${v.link}`,
    sms: `PAHT: Hen lai thoi gian tra ket qua ${v.trackingCode}. ${v.link}`,
  }),
  'report.escalated': (v) => ({
    subject: `[PAHT] Phản ánh ${v.trackingCode} được báo cáo lên UBND tỉnh`,
    body: `Phản ánh "${v.title}" (mã ${v.trackingCode}) được báo cáo lên UBND tỉnh.${detailBlock(v, 'Lý do')}\n\nXem tại: ${v.link}`,
    sms: `PAHT: ${v.trackingCode} bao cao len UBND tinh. ${v.link}`,
  }),
  'deadline.overdue': (v) => ({
    subject: `[PAHT] Quá hạn xử lý phản ánh ${v.trackingCode}`,
    body: `Phản ánh "${v.title}" (mã ${v.trackingCode}) đã quá hạn ở bước ${v.detail}.\n\nXử lý ngay tại: ${v.link}`,
    sms: `PAHT: Qua han xu ly ${v.trackingCode}. ${v.link}`,
  }),
  'deadline.reminder': (v) => ({
    subject: `[PAHT] Sắp đến hạn xử lý phản ánh ${v.trackingCode}`,
    body: `Phản ánh "${v.title}" (mã ${v.trackingCode}) sắp đến hạn ở bước ${v.detail}.\n\nXử lý tại: ${v.link}`,
    sms: `PAHT: Sap den han ${v.trackingCode}. ${v.link}`,
  }),
  'progress.reminder': (v) => ({
    subject: `[PAHT] Đến kỳ cập nhật tiến độ phản ánh ${v.trackingCode}`,
    body: `Đề nghị đơn vị cập nhật tiến độ xử lý phản ánh "${v.title}" (mã ${v.trackingCode}) (định kỳ 05 ngày làm việc).\n\nCập nhật tại: ${v.link}`,
    sms: `PAHT: Cap nhat tien do ${v.trackingCode}. ${v.link}`,
  }),
};

export function reporterTemplate(
  type: NoticeType,
  language: Language,
  values: TemplateValues,
): Text | undefined {
  const table = language === 'en' ? REPORTER_EN : REPORTER_VI;
  const text = (table as Partial<Record<NoticeType, Template>>)[type]?.(values);
  return text && { ...text, body: text.body + signature(values, language) };
}

export function staffTemplate(type: NoticeType, values: TemplateValues): Text | undefined {
  const text = STAFF[type]?.(values);
  return text && { ...text, body: text.body + signature(values, 'vi') };
}
