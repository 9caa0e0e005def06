import { nfc } from './normalize';

/**
 * Multi-line text (report content, answers, templates). Pasted text brings control characters (from
 * PDFs, Word, legacy systems), Windows or old Mac line endings and trailing spaces; none of them
 * carry meaning, and control characters break exports and terminals, so they go. Tabs and line
 * breaks stay: paragraphs are part of what the citizen wrote (Sóc Trăng Điều 7.2: operators may fix
 * layout but must not change the meaning).
 */
// C0 controls except tab and line feed, DEL, and C1 controls; line/paragraph separators count as
// line breaks and are converted before this runs.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
const VIETNAMESE_MARKS = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B]/u;

/** Removes control characters (keeping tab and line feed) and normalises line breaks to "\n". */
export function stripControl(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(CONTROL, '').replace(BIDI_CONTROL, '');
}

/**
 * NFC, control characters removed, line breaks normalised, trailing spaces on each line removed,
 * more than one empty line in a row collapsed to one, and the ends trimmed.
 */
export function cleanText(text: string): string {
  return stripControl(nfc(text))
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Whether the text has at least one Vietnamese diacritic (a tone mark, â ê ô ă ơ ư, or đ). Khánh
 * Hòa Điều 5.2 asks for Vietnamese "có dấu"; text typed without any diacritic ("Den duong hong")
 * is ambiguous to read and to search, so forms ask the reporter to retype it.
 */
export function hasVietnameseDiacritics(text: string): boolean {
  return /[đĐ]/u.test(text) || VIETNAMESE_MARKS.test(text.normalize('NFD'));
}
