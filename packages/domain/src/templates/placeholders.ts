/**
 * The closed list of placeholders an answer letter may use, and how each is read from the context
 * the server builds from a report and its approved answer. A template can name nothing else
 * (language.ts), so a tenant's template cannot reach data the letter was not meant to show.
 */
import type { LocalDate } from '../calendar/types';
import type { LocalisedMessage } from '../schemas/messages';
import { cleanText, stripControl } from '../text/clean-text';
import { cleanLine } from '../text/normalize';
import type { AnswerLetterContext } from './letter-context';
import { formatVietnameseDate } from './vietnamese-date';

export type PlaceholderKind = 'line' | 'multiline' | 'list' | 'date';

export type AnswerPlaceholderInfo = {
  label: LocalisedMessage;
  kind: PlaceholderKind;
  /** The context field it comes from: the path of a "missing value" error. */
  source: string;
  /** Reporter's personal data: never in the public version (Sóc Trăng Điều 4.5, Vĩnh Long Điều 5.4). */
  isIdentifying: boolean;
  /** What the public version prints instead; without one, the line that uses it is left out. */
  publicValue?: string;
};

const info = (
  vi: string,
  en: string,
  kind: PlaceholderKind,
  source: string,
  privacy: { publicValue?: string; isIdentifying?: boolean } = {},
): AnswerPlaceholderInfo => ({
  label: { vi, en },
  kind,
  source,
  isIdentifying: privacy.isIdentifying ?? privacy.publicValue !== undefined,
  ...(privacy.publicValue === undefined ? {} : { publicValue: privacy.publicValue }),
});

const GENERIC_ADDRESS = 'Ông/Bà';
const IDENTIFYING = { isIdentifying: true };

export const ANSWER_PLACEHOLDERS = {
  'agency.name': info('Tên cơ quan xử lý', 'Processing agency', 'line', 'agency.name'),
  'agency.parentName': info('Tên cơ quan chủ quản', 'Parent agency', 'line', 'agency.parentName'),
  'agency.place': info('Địa danh', 'Place name of the date line', 'line', 'agency.place'),
  'letter.number': info('Số, ký hiệu văn bản', 'Letter number', 'line', 'letter.number'),
  'letter.date': info('Ngày ban hành', 'Date of the letter', 'date', 'letter.issuedAt'),
  'letter.copyTo': info('Nơi nhận khác', 'Other recipients', 'list', 'letter.copyTo'),
  'signer.title': info('Chức vụ người ký', "Signer's position", 'line', 'signer.title'),
  'signer.name': info('Họ tên người ký', "Signer's name", 'line', 'signer.name'),
  'report.trackingCode': info('Mã số phản ánh', 'Tracking code', 'line', 'report.trackingCode'),
  'report.receivedDate': info(
    'Ngày tiếp nhận phản ánh',
    'Date the report was received',
    'date',
    'report.receivedAt',
  ),
  'report.title': info('Tiêu đề phản ánh', 'Report title', 'line', 'report.title'),
  'report.summary': info(
    'Tóm tắt nội dung phản ánh',
    'Summary of the report',
    'multiline',
    'report.summary',
  ),
  'report.location': info('Địa điểm phản ánh', 'Place of the incident', 'line', 'report.location'),
  'reporter.salutation': info(
    'Cách gọi người phản ánh (Ông Nguyễn Văn A)',
    'Reporter as addressed (Ông Nguyễn Văn A)',
    'line',
    'reporter.name',
    { publicValue: GENERIC_ADDRESS },
  ),
  'reporter.pronoun': info(
    'Đại từ xưng hô (Ông, Bà, Ông/Bà)',
    'Form of address (Ông, Bà, Ông/Bà)',
    'line',
    'reporter.honorific',
    { publicValue: GENERIC_ADDRESS },
  ),
  'reporter.name': info(
    'Họ tên người phản ánh',
    "Reporter's name",
    'line',
    'reporter.name',
    IDENTIFYING,
  ),
  'reporter.address': info(
    'Địa chỉ người phản ánh',
    "Reporter's address",
    'line',
    'reporter.address',
    IDENTIFYING,
  ),
  'reporter.phone': info(
    'Số điện thoại người phản ánh',
    "Reporter's phone",
    'line',
    'reporter.phone',
    IDENTIFYING,
  ),
  'reporter.email': info(
    'Thư điện tử người phản ánh',
    "Reporter's e-mail",
    'line',
    'reporter.email',
    IDENTIFYING,
  ),
  'reporter.citizenId': info(
    'Số định danh cá nhân người phản ánh',
    "Reporter's citizen ID",
    'line',
    'reporter.citizenId',
    IDENTIFYING,
  ),
  'answer.content': info(
    'Nội dung trả lời kết quả xử lý',
    'The answer',
    'multiline',
    'answer.content',
  ),
  'answer.legalBasis': info('Căn cứ pháp lý', 'Legal basis', 'multiline', 'answer.legalBasis'),
  'answer.attachments': info('Tài liệu đính kèm', 'Attachments', 'list', 'answer.attachments'),
  'answer.committedDate': info(
    'Ngày cam kết hoàn thành',
    'Committed completion date',
    'date',
    'answer.committedOn',
  ),
} as const satisfies Record<string, AnswerPlaceholderInfo>;

export type AnswerPlaceholder = keyof typeof ANSWER_PLACEHOLDERS;

export function isAnswerPlaceholder(name: string): name is AnswerPlaceholder {
  return Object.hasOwn(ANSWER_PLACEHOLDERS, name);
}

export function placeholderInfo(name: AnswerPlaceholder): AnswerPlaceholderInfo {
  return ANSWER_PLACEHOLDERS[name];
}

/** A read value: a text, a list, nothing, or a value that is there but unusable (a bad date). */
export type PlaceholderValue =
  | { state: 'present'; value: string | readonly string[] }
  | { state: 'absent' }
  | { state: 'invalid' };

type Reader = (context: AnswerLetterContext) => PlaceholderValue;

const ABSENT: PlaceholderValue = { state: 'absent' };

function line(value: string | null | undefined): PlaceholderValue {
  const text = value === null || value === undefined ? '' : cleanLine(stripControl(value));
  return text ? { state: 'present', value: text } : ABSENT;
}

function multiline(value: string | null | undefined): PlaceholderValue {
  const text = value === null || value === undefined ? '' : cleanText(value);
  return text ? { state: 'present', value: text } : ABSENT;
}

/** Lists are never "missing": no list and an empty list both print nothing. */
function list(values: readonly string[] | null | undefined): PlaceholderValue {
  const items = (values ?? []).map((item) => cleanLine(stripControl(item))).filter(Boolean);
  return { state: 'present', value: items };
}

function date(value: Date | LocalDate | null | undefined): PlaceholderValue {
  if (value === null || value === undefined) {
    return ABSENT;
  }
  const text = formatVietnameseDate(value);
  return text === null ? { state: 'invalid' } : { state: 'present', value: text };
}

function honorificOf(context: AnswerLetterContext): string {
  const honorific = context.reporter?.honorific;
  if (honorific === 'mr') {
    return 'Ông';
  }
  return honorific === 'ms' ? 'Bà' : GENERIC_ADDRESS;
}

function isOrganisation(context: AnswerLetterContext): boolean {
  return context.reporter?.kind === 'organisation';
}

/**
 * "Ông Nguyễn Văn An", "Bà Trần Thị Bình", "Ông/Bà Lê Minh" (honorific unknown), "Ông/Bà" (no
 * name given on the hotline), or an organisation's name ("Công ty TNHH Minh Phát").
 */
function salutation(context: AnswerLetterContext): PlaceholderValue {
  const name = line(context.reporter?.name);
  if (isOrganisation(context)) {
    return name;
  }
  const honorific = honorificOf(context);
  return {
    state: 'present',
    value: name.state === 'present' ? `${honorific} ${String(name.value)}` : honorific,
  };
}

function pronoun(context: AnswerLetterContext): PlaceholderValue {
  return {
    state: 'present',
    value: isOrganisation(context) ? 'Quý tổ chức' : honorificOf(context),
  };
}

const READERS: Record<AnswerPlaceholder, Reader> = {
  'agency.name': (c) => line(c.agency?.name),
  'agency.parentName': (c) => line(c.agency?.parentName),
  'agency.place': (c) => line(c.agency?.place),
  'letter.number': (c) => line(c.letter?.number),
  'letter.date': (c) => date(c.letter?.issuedAt),
  'letter.copyTo': (c) => list(c.letter?.copyTo),
  'signer.title': (c) => line(c.signer?.title),
  'signer.name': (c) => line(c.signer?.name),
  'report.trackingCode': (c) => line(c.report?.trackingCode),
  'report.receivedDate': (c) => date(c.report?.receivedAt),
  'report.title': (c) => line(c.report?.title),
  'report.summary': (c) => multiline(c.report?.summary),
  'report.location': (c) => line(c.report?.location),
  'reporter.salutation': salutation,
  'reporter.pronoun': pronoun,
  'reporter.name': (c) => line(c.reporter?.name),
  'reporter.address': (c) => line(c.reporter?.address),
  'reporter.phone': (c) => line(c.reporter?.phone),
  'reporter.email': (c) => line(c.reporter?.email),
  'reporter.citizenId': (c) => line(c.reporter?.citizenId),
  'answer.content': (c) => multiline(c.answer?.content),
  'answer.legalBasis': (c) => multiline(c.answer?.legalBasis),
  'answer.attachments': (c) => list(c.answer?.attachments),
  'answer.committedDate': (c) => date(c.answer?.committedOn),
};

export function readPlaceholder(
  name: AnswerPlaceholder,
  context: AnswerLetterContext,
): PlaceholderValue {
  return READERS[name](context);
}

/** The reporter's own identifying values as given, for the public version's safety net. */
export function identifyingValues(context: AnswerLetterContext): string[] {
  const reporter = context.reporter ?? {};
  return [reporter.name, reporter.address, reporter.phone, reporter.email, reporter.citizenId]
    .map((value) => (value ? cleanLine(stripControl(value)) : ''))
    .filter((value) => value.length >= 3);
}
