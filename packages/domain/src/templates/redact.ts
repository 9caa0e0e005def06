/**
 * The public version's safety net. Placeholders that identify the reporter are never printed in
 * it (render-letter.ts), but people also write them into free text: "Ông Nguyễn Văn An phản ánh…"
 * in the answer, a phone number in the summary. Every exact occurrence of the reporter's name,
 * address, e-mail, phone or citizen ID (phone and ID also with spaces, dots or +84) in another
 * value is masked. It cannot catch a paraphrase ("ông An"): the publication check of the intake
 * center still reads the letter before it goes public.
 */
import { identifyingValues } from './placeholders';
import type { AnswerLetterContext } from './letter-context';

export const REDACTED = '***';

const NUMBER_LIKE = /^[+\d\s.()-]+$/u;
const SEPARATOR = '[\\s.\\-]?';

export function redactor(context: AnswerLetterContext): (text: string) => string {
  const patterns = identifyingValues(context)
    .sort((a, b) => b.length - a.length)
    .map(patternOf)
    .filter((pattern): pattern is RegExp => pattern !== null);
  return (text) => patterns.reduce((result, pattern) => result.replace(pattern, REDACTED), text);
}

function patternOf(value: string): RegExp | null {
  const digits = value.replace(/\D/gu, '');
  if (NUMBER_LIKE.test(value) && digits.length >= 8) {
    return numberPattern(digits);
  }
  const words = value.split(/\s+/u).filter(Boolean).map(escapeRegExp);
  const boundaryBefore = '(?<![\\p{L}\\p{M}\\p{N}])';
  const boundaryAfter = '(?![\\p{L}\\p{M}\\p{N}])';
  return words.length > 0
    ? new RegExp(`${boundaryBefore}${words.join('\\s+')}${boundaryAfter}`, 'giu')
    : null;
}

/** "0912 345 678", "0912.345.678", "+84912345678" and "84 912 345 678" are one phone number. */
function numberPattern(digits: string): RegExp {
  const national = digits.startsWith('84') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
  const isPhone = national.startsWith('0') && national.length === 10;
  const body = (isPhone ? national.slice(1) : national).split('').join(SEPARATOR);
  const prefix = isPhone ? `(?:\\+?84${SEPARATOR}|0)` : '';
  return new RegExp(`(?<!\\d)${prefix}${body}(?!\\d)`, 'gu');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
