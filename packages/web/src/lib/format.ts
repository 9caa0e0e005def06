import type { Language } from '../i18n/messages';
import { zoneLabel } from './zoned-time';

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

/**
 * An instant that binds someone (a deadline, an appointment): weekday, full date and time in the
 * tenant's zone, and the zone itself, so a reader in another zone is not misled.
 */
export function formatInstant(iso: string, language: Language, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  const text = new Intl.DateTimeFormat(LOCALES[language], {
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date);
  return `${text} (${zoneLabel(date, timeZone)})`;
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** A coordinate or a measure, with at most `digits` decimals (12,24568 in Vietnamese). */
export function formatDecimal(value: number, language: Language, digits: number): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }).format(value);
}
