/**
 * Tone-mark placement (VIETNAM.md §4.1–4.2). "hoà" and "hòa" are both valid NFC and look alike, but
 * they are different strings, so exact-form comparison (deduplication, a search for an exact phrase)
 * needs one canonical placement. The two styles differ only in open syllables whose nucleus is oa,
 * oe or uy:
 *
 * - `new`: the mark goes on the main vowel, as in the school orthography of QĐ 1989/QĐ-BGDĐT
 *   (25/5/2018) Art. 8: hoà, khoẻ, thuỷ, Thuý;
 * - `old`: the traditional placement many laws and place names still use: hòa, khỏe, thủy, Thúy
 *   (e.g. "Khánh Hòa", "Luật Thủy sản 2017").
 *
 * Everything else is placed the same way in both styles: on ơ/ư/â/ê/ô/ă (on ơ in ươ), in the middle
 * of a three-vowel nucleus, on the second vowel when a final consonant follows (hoàng, thuyết), and
 * otherwise on the first vowel (mùa, của). After the onsets "qu" and "gi" the u/i belong to the onset
 * (quý, quả, giữ). A word that is not a well-formed Vietnamese syllable, or that has no tone mark or
 * more than one, is left exactly as it was.
 */
export type ToneStyle = 'new' | 'old';

// huyền, sắc, ngã, hỏi, nặng
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
// circumflex (â ê ô), breve (ă), horn (ơ ư)
const VOWEL_MODIFIERS = new Set(['\u0302', '\u0306', '\u031B']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const CONSONANTS = new Set([...'bcdđfghjklmnpqrstvwxz']);
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const OPEN_GLIDE_PAIRS = new Set(['oa', 'oe', 'uy']);
const WORD = /[\p{L}\p{M}]+/gu;

type Letter = { base: string; lower: string; modifiers: string; tone: string };

/** Moves each syllable's tone mark to the place `style` puts it; returns NFC text. */
export function canonicalTone(text: string, style: ToneStyle): string {
  return text
    .normalize('NFD')
    .replace(WORD, (word) => canonicalSyllable(word, style))
    .normalize('NFC');
}

function canonicalSyllable(word: string, style: ToneStyle): string {
  const letters = splitLetters(word);
  if (!letters) {
    return word;
  }
  const toned = letters.filter((letter) => letter.tone !== '');
  const tone = toned[0]?.tone;
  if (toned.length !== 1 || tone === undefined || tone.length !== 1 || !isVowel(toned[0])) {
    return word;
  }
  const target = toneTarget(letters, style);
  if (target === null) {
    return word;
  }
  return letters
    .map((letter, index) => letter.base + letter.modifiers + (index === target ? tone : ''))
    .join('');
}

/** A word as base letters with their marks, or null when a mark is not a Vietnamese one. */
function splitLetters(word: string): Letter[] | null {
  const letters: Letter[] = [];
  for (const char of word) {
    const current = letters[letters.length - 1];
    if (TONE_MARKS.has(char) || VOWEL_MODIFIERS.has(char)) {
      if (!current) {
        return null;
      }
      if (TONE_MARKS.has(char)) {
        current.tone += char;
      } else {
        current.modifiers += char;
      }
      continue;
    }
    if (/\p{M}/u.test(char)) {
      return null;
    }
    letters.push({ base: char, lower: char.toLowerCase(), modifiers: '', tone: '' });
  }
  return letters;
}

/** Index of the letter that carries the tone, or null when the word is not a plain syllable. */
function toneTarget(letters: readonly Letter[], style: ToneStyle): number | null {
  let start = 0;
  while (start < letters.length && isConsonant(letters[start])) {
    start += 1;
  }
  let end = start;
  while (end < letters.length && isVowel(letters[end])) {
    end += 1;
  }
  const coda = letters
    .slice(end)
    .map((letter) => letter.lower)
    .join('');
  if (end === start || !CODAS.has(coda) || letters.slice(end).some((l) => l.modifiers !== '')) {
    return null;
  }
  const onset = letters
    .slice(0, start)
    .map((letter) => letter.lower)
    .join('');
  // "qu" and "gi" are onsets when another vowel follows: quý, quả, giữ (but gì, gìn).
  const first = letters[start];
  if (end - start > 1 && first && first.modifiers === '') {
    if ((onset === 'q' && first.lower === 'u') || (onset === 'g' && first.lower === 'i')) {
      start += 1;
    }
  }
  return nucleusTarget(letters.slice(start, end), coda !== '', style) + start;
}

function nucleusTarget(nucleus: readonly Letter[], hasCoda: boolean, style: ToneStyle): number {
  for (let index = nucleus.length - 1; index >= 0; index -= 1) {
    if (nucleus[index]?.modifiers) {
      return index;
    }
  }
  if (nucleus.length === 3) {
    return 1;
  }
  if (nucleus.length === 2) {
    if (hasCoda) {
      return 1;
    }
    const pair = nucleus.map((letter) => letter.lower).join('');
    if (OPEN_GLIDE_PAIRS.has(pair)) {
      return style === 'new' ? 1 : 0;
    }
  }
  return 0;
}

function isVowel(letter: Letter | undefined): boolean {
  return letter !== undefined && VOWELS.has(letter.lower);
}

function isConsonant(letter: Letter | undefined): boolean {
  return letter !== undefined && letter.modifiers === '' && CONSONANTS.has(letter.lower);
}
