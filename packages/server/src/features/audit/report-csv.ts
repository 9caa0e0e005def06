/**
 * A reports export as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads
 * Vietnamese as mojibake), CRLF line ends and RFC 4180 quoting, labels instead of codes, times in
 * the tenant's zone. Text a citizen wrote that starts like a formula is prefixed with an
 * apostrophe so a spreadsheet shows it rather than runs it (CSV injection).
 */
import type { RegulationProfile } from '@paht/domain';
import { reportStateLabel } from '../duplicates/report-state-labels';
import type { Label } from '../duplicates/report-state-labels';
import type { ExportRow } from './audit.queries';

export type CsvLanguage = 'vi' | 'en';
export type CsvOptions = {
  language: CsvLanguage;
  timeZone: string;
  profile: RegulationProfile;
  includePersonalData: boolean;
  /** `;` for spreadsheets whose regional settings use the comma as decimal mark. */
  separator: ',' | ';';
};

const BOM = '\uFEFF';

const CHANNELS: Record<string, Label> = {
  web: { vi: 'Cổng thông tin', en: 'Web portal' },
  mobile_app: { vi: 'Ứng dụng di động', en: 'Mobile app' },
  chatbot: { vi: 'Chatbot', en: 'Chatbot' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  hotline: { vi: 'Tổng đài', en: 'Hotline' },
  national_portal: { vi: 'Cổng Dịch vụ công quốc gia', en: 'National public service portal' },
  walk_in: { vi: 'Trực tiếp', en: 'Walk-in' },
  paper: { vi: 'Văn bản giấy', en: 'Letter' },
  fax: { vi: 'Fax', en: 'Fax' },
  open311: { vi: 'Open311', en: 'Open311' },
};
const KINDS: Record<string, Label> = {
  report: { vi: 'Phản ánh', en: 'Report' },
  inquiry: { vi: 'Hỏi đáp', en: 'Inquiry' },
  feedback: { vi: 'Phản ánh về quy định, cán bộ', en: 'Feedback' },
  recommendation: { vi: 'Kiến nghị', en: 'Recommendation' },
  delivery_request: { vi: 'Đề nghị chuyển phát', en: 'Delivery request' },
};
const PRIORITIES: Record<string, Label> = {
  normal: { vi: 'Thông thường', en: 'Normal' },
  urgent: { vi: 'Khẩn', en: 'Urgent' },
  emergency: { vi: 'Khẩn cấp', en: 'Emergency' },
};
const PUBLICATIONS: Record<string, Label> = {
  public: { vi: 'Công khai', en: 'Public' },
  private: { vi: 'Gửi riêng người phản ánh', en: 'To the reporter only' },
  withheld: { vi: 'Không công khai', en: 'Withheld' },
};
const YES: Label = { vi: 'Có', en: 'Yes' };
const STATE_SECRET: Label = { vi: '[Bí mật nhà nước]', en: '[State secret]' };

type Column = { header: Label; value: (row: ExportRow) => string | number | null };

function label(table: Record<string, Label>, code: string | null, language: CsvLanguage) {
  if (code === null) {
    return '';
  }
  return table[code]?.[language] ?? code;
}

function formatTime(instant: Date | null, timeZone: string): string {
  if (!instant) {
    return '';
  }
  // sv-SE formats as "2026-03-02 09:00:00", which Excel reads as a date and time.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

function columns(options: CsvOptions): Column[] {
  const { language: lang, timeZone } = options;
  const time = (pick: (row: ExportRow) => Date | null) => (row: ExportRow) =>
    formatTime(pick(row), timeZone);
  // Handled under the state-secret law: the export names the case but carries none of it.
  const secret = (pick: (row: ExportRow) => string | number | null) => (row: ExportRow) => {
    const value = pick(row);
    return row.is_state_secret && value !== null && value !== '' ? STATE_SECRET[lang] : value;
  };
  const yes = (pick: (row: ExportRow) => boolean) => (row: ExportRow) =>
    pick(row) ? YES[lang] : '';
  const ratingLabel = (level: string | null) =>
    level === null
      ? ''
      : (options.profile.rating?.scale.find((o) => o.level === level)?.label[lang] ?? level);
  const list: Column[] = [
    { header: { vi: 'Mã tra cứu', en: 'Tracking code' }, value: (r) => r.tracking_code },
    { header: { vi: 'Thời điểm tiếp nhận', en: 'Received at' }, value: time((r) => r.received_at) },
    {
      header: { vi: 'Kênh tiếp nhận', en: 'Channel' },
      value: (r) => label(CHANNELS, r.channel, lang),
    },
    { header: { vi: 'Loại', en: 'Kind' }, value: (r) => label(KINDS, r.kind, lang) },
    { header: { vi: 'Lĩnh vực', en: 'Field' }, value: (r) => r.field_name },
    { header: { vi: 'Địa bàn', en: 'Area' }, value: (r) => r.area_name },
    { header: { vi: 'Tiêu đề', en: 'Title' }, value: secret((r) => r.title) },
    { header: { vi: 'Nội dung', en: 'Content' }, value: secret((r) => r.content) },
    {
      header: { vi: 'Nội dung gốc (khi đã chỉnh sửa)', en: 'Original content (when edited)' },
      value: secret((r) => (r.content_original === r.content ? '' : r.content_original)),
    },
    { header: { vi: 'Địa điểm', en: 'Place' }, value: secret((r) => r.address) },
    { header: { vi: 'Vĩ độ', en: 'Latitude' }, value: secret((r) => r.latitude) },
    { header: { vi: 'Kinh độ', en: 'Longitude' }, value: secret((r) => r.longitude) },
    { header: { vi: 'Thời điểm xảy ra', en: 'Incident at' }, value: time((r) => r.incident_at) },
    { header: { vi: 'Mức độ', en: 'Priority' }, value: (r) => label(PRIORITIES, r.priority, lang) },
    { header: { vi: 'Trạng thái', en: 'State' }, value: (r) => reportStateLabel(r.state, lang) },
    { header: { vi: 'Cơ quan chủ trì', en: 'Lead agency' }, value: (r) => r.lead_agency_name },
    { header: { vi: 'Hạn bước hiện tại', en: 'Current step due' }, value: time((r) => r.due_at) },
    { header: { vi: 'Quá hạn', en: 'Overdue' }, value: yes((r) => r.is_overdue) },
    { header: { vi: 'Giữ bí mật', en: 'Confidential' }, value: yes((r) => r.is_confidential) },
    { header: { vi: 'Bí mật nhà nước', en: 'State secret' }, value: yes((r) => r.is_state_secret) },
    {
      header: { vi: 'Hình thức trả lời', en: 'Answer given' },
      value: (r) => label(PUBLICATIONS, r.publication, lang),
    },
    { header: { vi: 'Kết quả trả lời', en: 'Answer' }, value: secret((r) => r.answer) },
    { header: { vi: 'Thời điểm trả lời', en: 'Answered at' }, value: time((r) => r.answered_at) },
    {
      header: { vi: 'Thời điểm công khai', en: 'Published at' },
      value: time((r) => r.published_at),
    },
    { header: { vi: 'Đánh giá', en: 'Rating' }, value: (r) => ratingLabel(r.rating) },
    { header: { vi: 'Trùng với phản ánh', en: 'Duplicate of' }, value: (r) => r.duplicate_of_code },
  ];
  if (options.includePersonalData) {
    list.push(
      {
        header: { vi: 'Họ tên người phản ánh', en: 'Reporter name' },
        value: (r) => r.reporter_name,
      },
      { header: { vi: 'Số điện thoại', en: 'Phone' }, value: (r) => r.reporter_phone },
      { header: { vi: 'Thư điện tử', en: 'E-mail' }, value: (r) => r.reporter_email },
      {
        header: { vi: 'Địa chỉ người phản ánh', en: 'Reporter address' },
        value: (r) => r.reporter_address,
      },
      { header: { vi: 'Số CCCD', en: 'Citizen ID' }, value: (r) => r.reporter_citizen_id },
    );
  }
  return list;
}

/** One cell: numbers as they are; text neutralised and quoted when it must be. */
export function csvCell(value: string | number | null, separator: string): string {
  if (value === null) {
    return '';
  }
  if (typeof value === 'number') {
    // Where ';' separates cells, the comma is the decimal mark (vi-VN regional settings).
    return separator === ';' ? String(value).replace('.', ',') : String(value);
  }
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text.includes('"') || text.includes(separator) || /[\r\n]/.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

export function reportsCsv(rows: readonly ExportRow[], options: CsvOptions): string {
  const list = columns(options);
  const sep = options.separator;
  const lines = [list.map((c) => csvCell(c.header[options.language], sep)).join(sep)];
  for (const row of rows) {
    lines.push(list.map((c) => csvCell(c.value(row), sep)).join(sep));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
