/**
 * The texts of notifications (issue 4 item 8), Vietnamese and English. The reporter is answered in
 * the language they chose; staff always in Vietnamese. SMS texts stay short and without diacritics:
 * a Unicode SMS holds 70 characters a segment against 160, carriers bill by segment, and the link
 * does the talking.
 */
import type { EventType } from '@paht/domain';

export type Language = 'vi' | 'en';

/**
 * Events the engine records, plus the notices only the deadline sweeper sends: a step falls due
 * soon, a Kon Tum progress update falls due (W8), a multi-agency case is ready to escalate.
 */
export type NoticeType = EventType | 'deadline.reminder' | 'progress.reminder' | 'escalation.due';

/** A timed step, formatted for people (the due instant in the tenant's time zone). */
export type DeadlineValues = { step: string; dueAt: string; article: string };

export type TemplateValues = {
  trackingCode: string;
  title: string;
  link: string;
  /** The reason, question, answer … the event carries; empty when none. */
  detail: string;
  tenantName: string;
  /** For deadline notices: which step, due when, under which article. */
  deadline?: DeadlineValues;
};

export type Text = { subject: string; body: string; sms: string };
type Template = (v: TemplateValues) => Text;

const signature = (v: TemplateValues, language: Language) =>
  language === 'vi'
    ? `\n\nTrân trọng,\nHệ thống tiếp nhận phản ánh hiện trường — ${v.tenantName}`
    : `\n\nKind regards,\nField report service — ${v.tenantName}`;

const detailBlock = (v: TemplateValues, label: string) =>
  v.detail ? `\n\n${label}:\n${v.detail}` : '';

const deadlineBlock = (v: TemplateValues) =>
  v.deadline
    ? `\n\nBước: ${v.deadline.step}\nHạn: ${v.deadline.dueAt}\nCăn cứ: ${v.deadline.article}`
    : '';

const REPORTER_VI: Partial<Record<NoticeType, Template>> = {
  'report.submitted': (v) => ({
    subject: `Đã tiếp nhận phản ánh ${v.trackingCode}`,
    body: `Phản ánh "${v.title}" của Ông/Bà đã được tiếp nhận.\nMã tra cứu: ${v.trackingCode}\nTheo dõi tiến độ tại: ${v.link}`,
    sms: `PAHT: Da tiep nhan phan anh. Ma tra cuu ${v.trackingCode}. ${v.link}`,
  }),
  'report.intake_accepted': (v) => ({
    subject: `Phản ánh ${v.trackingCode} đã được tiếp nhận xử lý`,
    body: `Phản ánh "${v.title}" (mã tra cứu ${v.trackingCode}) đã được kiểm tra và tiếp nhận để xử lý.\nTheo dõi tại: ${v.link}`,
    sms: `PAHT: Phan anh ${v.trackingCode} da duoc tiep nhan xu ly. ${v.link}`,
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
  'assignment.extended': (v) => ({
    subject: `Gia hạn xử lý phản ánh ${v.trackingCode}`,
    body: `Cơ quan xử lý đã gia hạn thời gian xử lý phản ánh "${v.title}".${detailBlock(v, 'Nội dung')}\n\nTheo dõi tại: ${v.link}`,
    sms: `PAHT: Phan anh ${v.trackingCode} duoc gia han xu ly. ${v.link}`,
  }),
  'assignment.reappointed': (v) => ({
    subject: `Hẹn lại thời gian trả kết quả phản ánh ${v.trackingCode}`,
    body: `Cơ quan xử lý đã hẹn lại thời gian trả kết quả phản ánh "${v.title}".${detailBlock(v, 'Nội dung')}\n\nTheo dõi tại: ${v.link}`,
    sms: `PAHT: Hen lai thoi gian tra ket qua ${v.trackingCode}. ${v.link}`,
  }),
  'assignment.forwarded_to_back_office': (v) => ({
    subject: `Phản ánh ${v.trackingCode} đã được chuyển bộ phận chuyên môn`,
    body: `Phản ánh "${v.title}" đã được chuyển đến bộ phận chuyên môn của cơ quan xử lý.${detailBlock(v, 'Nội dung')}\n\nTheo dõi tại: ${v.link}`,
    sms: `PAHT: Phan anh ${v.trackingCode} da chuyen bo phan chuyen mon. ${v.link}`,
  }),
  'assignment.progress_updated': (v) => ({
    subject: `Cập nhật tình hình xử lý phản ánh ${v.trackingCode}`,
    body: `Cơ quan xử lý đã cập nhật tình hình xử lý phản ánh "${v.title}".${detailBlock(v, 'Nội dung')}\n\nTheo dõi tại: ${v.link}`,
    sms: `PAHT: Cap nhat tinh hinh xu ly ${v.trackingCode}. ${v.link}`,
  }),
  'report.escalated': (v) => ({
    subject: `Phản ánh ${v.trackingCode} được báo cáo UBND tỉnh`,
    body: `Phản ánh "${v.title}" chưa được giải quyết đúng hạn và đã được báo cáo UBND tỉnh.${detailBlock(v, 'Lý do chậm trễ')}\n\nTheo dõi tại: ${v.link}`,
    sms: `PAHT: Phan anh ${v.trackingCode} duoc bao cao UBND tinh. ${v.link}`,
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

const REPORTER_EN: Partial<Record<NoticeType, Template>> = {
  'report.submitted': (v) => ({
    subject: `Report ${v.trackingCode} received`,
    body: `Your report "${v.title}" has been received.\nTracking code: ${v.trackingCode}\nFollow it at: ${v.link}`,
    sms: `PAHT: report received. Tracking code ${v.trackingCode}. ${v.link}`,
  }),
  'report.intake_accepted': (v) => ({
    subject: `Report ${v.trackingCode} accepted for handling`,
    body: `Your report "${v.title}" (tracking code ${v.trackingCode}) has been checked and accepted for handling.\nFollow it at: ${v.link}`,
    sms: `PAHT: report ${v.trackingCode} accepted for handling. ${v.link}`,
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
  'assignment.extended': (v) => ({
    subject: `More time to handle report ${v.trackingCode}`,
    body: `The agency in charge extended the time to handle your report "${v.title}".${detailBlock(v, 'Details')}\n\nFollow it at: ${v.link}`,
    sms: `PAHT: handling of ${v.trackingCode} was extended. ${v.link}`,
  }),
  'assignment.reappointed': (v) => ({
    subject: `New date for the answer to report ${v.trackingCode}`,
    body: `The agency in charge set a new date for the answer to your report "${v.title}".${detailBlock(v, 'Details')}\n\nFollow it at: ${v.link}`,
    sms: `PAHT: new answer date for ${v.trackingCode}. ${v.link}`,
  }),
  'assignment.forwarded_to_back_office': (v) => ({
    subject: `Report ${v.trackingCode} sent to the agency's specialists`,
    body: `Your report "${v.title}" was passed to the agency's specialist office.${detailBlock(v, 'Details')}\n\nFollow it at: ${v.link}`,
    sms: `PAHT: ${v.trackingCode} sent to the agency's specialists. ${v.link}`,
  }),
  'assignment.progress_updated': (v) => ({
    subject: `Progress on report ${v.trackingCode}`,
    body: `The agency in charge posted progress on your report "${v.title}".${detailBlock(v, 'Progress')}\n\nFollow it at: ${v.link}`,
    sms: `PAHT: progress posted on ${v.trackingCode}. ${v.link}`,
  }),
  'report.escalated': (v) => ({
    subject: `Report ${v.trackingCode} referred to the Provincial People's Committee`,
    body: `Your report "${v.title}" was not resolved in time and has been reported to the Provincial People's Committee.${detailBlock(v, 'Reason for the delay')}\n\nFollow it at: ${v.link}`,
    sms: `PAHT: ${v.trackingCode} reported to the Provincial People's Committee. ${v.link}`,
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
    body: `Dự thảo trả lời phản ánh "${v.title}" (mã ${v.trackingCode}) đang chờ lãnh đạo phê duyệt.${detailBlock(v, 'Dự thảo')}\n\nPhê duyệt tại: ${v.link}`,
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
    body: `Đơn vị xử lý đã hẹn lại thời gian trả kết quả phản ánh "${v.title}" (mã ${v.trackingCode}).${detailBlock(v, 'Lý do')}\n\nXem tại: ${v.link}`,
    sms: `PAHT: Hen lai thoi gian tra ket qua ${v.trackingCode}. ${v.link}`,
  }),
  'report.escalated': (v) => ({
    subject: `[PAHT] Phản ánh ${v.trackingCode} được báo cáo lên UBND tỉnh`,
    body: `Phản ánh "${v.title}" (mã ${v.trackingCode}) được báo cáo lên UBND tỉnh.${detailBlock(v, 'Lý do')}\n\nXem tại: ${v.link}`,
    sms: `PAHT: ${v.trackingCode} bao cao len UBND tinh. ${v.link}`,
  }),
  'deadline.overdue': (v) => ({
    subject: `[PAHT] Quá hạn xử lý phản ánh ${v.trackingCode}`,
    body: `Phản ánh "${v.title}" (mã ${v.trackingCode}) đã quá hạn.${deadlineBlock(v)}\n\nXử lý ngay tại: ${v.link}`,
    sms: `PAHT: Qua han xu ly ${v.trackingCode}. ${v.link}`,
  }),
  'deadline.reminder': (v) => ({
    subject: `[PAHT] Sắp đến hạn xử lý phản ánh ${v.trackingCode}`,
    body: `Phản ánh "${v.title}" (mã ${v.trackingCode}) sắp đến hạn.${deadlineBlock(v)}\n\nXử lý tại: ${v.link}`,
    sms: `PAHT: Sap den han ${v.trackingCode}. ${v.link}`,
  }),
  'progress.reminder': (v) => ({
    subject: `[PAHT] Đến kỳ cập nhật tiến độ phản ánh ${v.trackingCode}`,
    body: `Phản ánh "${v.title}" (mã ${v.trackingCode}) đã quá thời hạn xử lý; đề nghị đơn vị cập nhật tình hình xử lý định kỳ 05 ngày làm việc cho đến khi có kết quả.${deadlineBlock(v)}\n\nCập nhật tại: ${v.link}`,
    sms: `PAHT: Den ky cap nhat tien do ${v.trackingCode}. ${v.link}`,
  }),
  'escalation.due': (v) => ({
    subject: `[PAHT] Phản ánh ${v.trackingCode} quá hạn, cần báo cáo UBND tỉnh`,
    body: `Phản ánh "${v.title}" (mã ${v.trackingCode}) có nhiều cơ quan tham gia xử lý và đã quá hạn mà chưa được giải quyết. Đề nghị đơn vị báo cáo UBND tỉnh (thao tác "Báo cáo UBND tỉnh").${detailBlock(v, 'Yêu cầu')}${deadlineBlock(v)}\n\nXem tại: ${v.link}`,
    sms: `PAHT: ${v.trackingCode} qua han, can bao cao UBND tinh. ${v.link}`,
  }),
};

export function reporterTemplate(
  type: NoticeType,
  language: Language,
  values: TemplateValues,
): Text | undefined {
  const table = language === 'en' ? REPORTER_EN : REPORTER_VI;
  const text = table[type]?.(values);
  return text && { ...text, body: text.body + signature(values, language) };
}

export function staffTemplate(type: NoticeType, values: TemplateValues): Text | undefined {
  const text = STAFF[type]?.(values);
  return text && { ...text, body: text.body + signature(values, 'vi') };
}
