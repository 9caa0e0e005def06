import { z } from 'zod';
import { cleanLine, nfc } from '../text/normalize';
import { cleanText, stripControl } from '../text/clean-text';

/**
 * Building blocks of the shared schemas. Every message is a key of `VALIDATION_MESSAGES`. Only
 * JSON-Schema-representable steps are used: normalisation is an `overwrite` (the type stays a
 * string, so OpenAPI still says "string, maxLength …"), never a `transform`.
 */

/**
 * For every check after a field's first: run only while the field has no issue yet, so a field
 * gets one message. (`abort: true` would do the same but also stop the object-level checks, which
 * then could not report, say, missing diacritics together with a bad phone number.)
 */
export const IF_VALID_SO_FAR = {
  when: (payload: z.core.ParsePayload): boolean => payload.issues.length === 0,
};

/** A clock: a fixed instant (tests, a request's received time) or a function read at validation. */
export type Clock = Date | (() => Date);

export function readClock(clock: Clock | undefined): Date {
  if (clock === undefined) {
    return new Date();
  }
  return typeof clock === 'function' ? clock() : clock;
}

/** A string whose missing value reads "required" and whose wrong type reads "text.invalid". */
export function stringOf() {
  return z.string({
    error: (issue) => (issue.input === undefined ? 'required' : 'text.invalid'),
  });
}

/** A one-line text: NFC, no control characters, whitespace collapsed, trimmed; length-capped. */
export function lineSchema(min: number, max: number, tooShortKey = 'text.too_short') {
  return stringOf()
    .overwrite((value) => cleanLine(stripControl(value)))
    .min(1, { error: 'required' })
    .min(min, { error: tooShortKey, ...IF_VALID_SO_FAR })
    .max(max, { error: 'text.too_long', ...IF_VALID_SO_FAR });
}

/** A multi-line text: NFC, paragraphs kept, control characters removed, trimmed; length-capped. */
export function multilineSchema(min: number, max: number, tooShortKey = 'text.too_short') {
  return stringOf()
    .overwrite(cleanText)
    .min(1, { error: 'required' })
    .min(min, { error: tooShortKey, ...IF_VALID_SO_FAR })
    .max(max, { error: 'text.too_long', ...IF_VALID_SO_FAR });
}

/** An instant in ISO 8601 with "Z" or an offset ("2026-03-05T08:30:00+07:00"); never local time. */
export function dateTimeSchema() {
  return z.iso.datetime({
    offset: true,
    error: (issue) => (issue.input === undefined ? 'required' : 'datetime.invalid'),
  });
}

/**
 * An instant no later than `now` plus `skewMs`: a phone's clock may run a little fast, an
 * operator types minutes, not seconds.
 */
export function pastDateTimeSchema(now: Clock | undefined, skewMs: number) {
  return dateTimeSchema().refine(
    (value) => Date.parse(value) <= readClock(now).getTime() + skewMs,
    { error: 'datetime.in_future', ...IF_VALID_SO_FAR },
  );
}

/** A field or tenant code, as the server's organisation schemas spell it. */
export function codeSchema() {
  return stringOf()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { error: 'code.invalid' });
}

/** An administrative-area code, as the server's area schemas spell it. */
export function areaCodeSchema() {
  return stringOf()
    .trim()
    .regex(/^[0-9A-Za-z-]{1,20}$/, { error: 'code.invalid' });
}

export function flagSchema() {
  return z.boolean({ error: 'value.invalid' }).default(false);
}

export function enumSchema<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => (issue.input === undefined ? 'required' : 'option.invalid'),
  });
}

/** NFC for texts that must not be reflowed (a template, a code list). */
export function nfcSchema(max: number) {
  return stringOf().overwrite(nfc).max(max, { error: 'text.too_long' });
}
