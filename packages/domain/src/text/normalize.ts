/**
 * Vietnamese text normalisation (VIETNAM.md §4).
 *
 * - `nfc` is applied to every text at the API boundary: NFD input (macOS, some IMEs, PDF copy-paste)
 *   would otherwise compare unequal to the same words typed in NFC.
 * - `fold` is the accent-insensitive key used for search and duplicate detection. NFD does not
 *   decompose đ/Đ, so they are mapped explicitly (and the look-alike Ð U+00D0, which PostgreSQL's
 *   `unaccent` also maps to D), so that `fold` agrees with the database's `vn_fold`. The same goes
 *   for the other characters `unaccent` rewrites (Æ → AE, – → -, “ → ", ½ → " 1/2", fullwidth
 *   letters…): see `unaccent-map.ts`. Agreement is `fold(x) === vn_fold(nfc(x))` for the Vietnamese
 *   alphabet, Latin-1, Latin Extended-A and General Punctuation, checked against PGlite; `vn_fold`
 *   does not trim, so compare trimmed text.
 */
import { UNACCENT_REPLACEMENTS } from './unaccent-map';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const NBSP = /[\u00A0\u202F]/g;
const COMBINING = /\p{M}/gu;
const UNACCENTED = new RegExp(
  `[${[...UNACCENT_REPLACEMENTS.keys()].join('')}\\uFF01-\\uFF5E]`,
  'gu',
);
const FULLWIDTH_OFFSET = 0xfee0;

/** Unicode NFC, zero-width characters removed, non-breaking spaces made plain spaces. */
export function nfc(text: string): string {
  return text.normalize('NFC').replace(ZERO_WIDTH, '').replace(NBSP, ' ');
}

/** NFC, with runs of whitespace collapsed and the ends trimmed: for names and one-line fields. */
export function cleanLine(text: string): string {
  return nfc(text).replace(/\s+/g, ' ').trim();
}

/** Accent-insensitive, lower-case search key: "Đường Hoà Bình" → "duong hoa binh". */
export function fold(text: string): string {
  return nfc(text)
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(UNACCENTED, unaccentChar)
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function unaccentChar(char: string): string {
  const replacement = UNACCENT_REPLACEMENTS.get(char);
  if (replacement !== undefined) {
    return replacement;
  }
  const code = char.codePointAt(0) ?? 0;
  return String.fromCodePoint(code - FULLWIDTH_OFFSET);
}
