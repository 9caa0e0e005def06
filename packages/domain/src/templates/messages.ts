import type { LocalisedMessage } from '../schemas/messages';
import type { AnswerLetterErrorCode } from './types';

/** Vietnamese and English messages of the refusals of `renderAnswerLetter`. */
export const ANSWER_LETTER_MESSAGES: Record<AnswerLetterErrorCode, LocalisedMessage> = {
  invalid_template: {
    vi: 'Mẫu thư trả lời không hợp lệ, cần sửa lại mẫu.',
    en: 'The answer-letter template is not valid and must be corrected.',
  },
  missing_value: {
    vi: 'Thiếu thông tin bắt buộc để lập thư trả lời.',
    en: 'Information the answer letter needs is missing.',
  },
  invalid_value: {
    vi: 'Thông tin dùng trong thư trả lời không hợp lệ.',
    en: 'Information used in the answer letter is not valid.',
  },
};

/** The generic message, naming the missing or invalid value ("… : Số, ký hiệu văn bản."). */
export function valueMessage(
  code: 'missing_value' | 'invalid_value',
  label: LocalisedMessage,
): LocalisedMessage {
  const base = ANSWER_LETTER_MESSAGES[code];
  return {
    vi: `${base.vi.replace(/\.$/u, '')}: ${label.vi}.`,
    en: `${base.en.replace(/\.$/u, '')}: ${label.en}.`,
  };
}
