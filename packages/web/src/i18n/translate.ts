import { messages } from './messages';
import type { Language, MessageKey } from './messages';

export type LocalisedText = { vi: string; en: string };
export type MessageParams = Record<string, string | number>;

/** The catalogue text of `key` in `language`, with `{name}` placeholders filled from `params`. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const text = messages[language][key];
  if (!params) {
    return text;
  }
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** Both languages of one catalogue key, for texts that leave React (e.g. an error's message). */
export function localised(key: MessageKey): LocalisedText {
  return { vi: messages.vi[key], en: messages.en[key] };
}
