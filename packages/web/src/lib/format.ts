import type { Language } from '../i18n/messages';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A date and time as people of the province read it: in the tenant's time zone, vi-VN style. */
export function formatDateTime(iso: string, language: Language, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}
