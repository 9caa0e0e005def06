import { z } from 'zod';
import { IF_VALID_SO_FAR, lineSchema, stringOf } from './primitives';

/**
 * Names, addresses and e-mail. Names are a person's or an organisation's ("tổ chức, cá nhân"):
 * letters of any script with their marks, digits (Công ty TNHH 3A), spaces and . , ' ’ & ( ) / -.
 * They must contain a letter. The pattern also lets NFD input and doubled spaces through, since the
 * value is normalised (NFC, whitespace collapsed) before it is checked.
 */
export const NAME_PATTERN = /^(?=.*\p{L})[\p{L}\p{M}\p{N}\s.,'’&()/-]+$/u;
export const NAME_MAX_LENGTH = 120;
export const ADDRESS_MAX_LENGTH = 300;
export const EMAIL_MAX_LENGTH = 254;

export function nameSchema() {
  return lineSchema(2, NAME_MAX_LENGTH, 'name.invalid').regex(NAME_PATTERN, {
    error: 'name.invalid',
    ...IF_VALID_SO_FAR,
  });
}

/** A free-text address as the citizen typed it ("Số 12 Trần Phú, phường Nha Trang, Khánh Hòa"). */
export function addressSchema() {
  return lineSchema(5, ADDRESS_MAX_LENGTH, 'address.invalid').regex(/[\p{L}\p{N}]/u, {
    error: 'address.invalid',
    ...IF_VALID_SO_FAR,
  });
}

export function emailSchema() {
  return stringOf()
    .trim()
    .min(1, { error: 'required' })
    .max(EMAIL_MAX_LENGTH, { error: 'email.invalid', ...IF_VALID_SO_FAR })
    .check(z.email({ error: 'email.invalid', ...IF_VALID_SO_FAR }));
}

/**
 * The normaliser forms apply before validating: an empty input means "not given", so string
 * properties that are empty or blank are removed (recursively, in plain objects and arrays).
 * The schemas treat an optional field as given-or-absent, never blank, which keeps them
 * JSON-Schema-representable; API clients simply omit what they do not have.
 */
export function omitBlankFields<T>(value: T): T;
export function omitBlankFields(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => omitBlankFields(item));
  }
  if (!isPlainObject(value)) {
    return value;
  }
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' && item.trim() === '') {
      continue;
    }
    result[key] = omitBlankFields(item);
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
