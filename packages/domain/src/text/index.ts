export { cleanLine, fold, nfc } from './normalize';
export { cleanText, hasVietnameseDiacritics, stripControl } from './clean-text';
export { canonicalTone } from './tone';
export type { ToneStyle } from './tone';
