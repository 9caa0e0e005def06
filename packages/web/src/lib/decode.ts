/**
 * Small decoders for what the server sends: every response is `unknown` until one of these has
 * checked its shape (HOUSE_STYLE "Code shape"). The web has no schema library of its own; when the
 * shared schemas move to `@paht/domain`, the API hooks can parse with those instead.
 */
export type Decoder<T> = (value: unknown, path?: string) => T;

export class DecodeError extends Error {
  constructor(path: string, expected: string) {
    super(`${path || 'response'}: expected ${expected}`);
    this.name = 'DecodeError';
  }
}

export const string: Decoder<string> = (value, path = '') => {
  if (typeof value !== 'string') {
    throw new DecodeError(path, 'a string');
  }
  return value;
};

export const number: Decoder<number> = (value, path = '') => {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new DecodeError(path, 'a number');
  }
  return value;
};

export const boolean: Decoder<boolean> = (value, path = '') => {
  if (typeof value !== 'boolean') {
    throw new DecodeError(path, 'a boolean');
  }
  return value;
};

/** Accepts an empty body (204 No Content). */
export const nothing: Decoder<void> = () => undefined;

export function nullable<T>(decoder: Decoder<T>): Decoder<T | null> {
  return (value, path = '') => (value === null ? null : decoder(value, path));
}

/** Absent or null both read as null: optional server fields need no second case. */
export function optional<T>(decoder: Decoder<T>): Decoder<T | null> {
  return (value, path = '') =>
    value === undefined || value === null ? null : decoder(value, path);
}

export function array<T>(decoder: Decoder<T>): Decoder<T[]> {
  return (value, path = '') => {
    if (!Array.isArray(value)) {
      throw new DecodeError(path, 'an array');
    }
    return value.map((item: unknown, index) => decoder(item, `${path}[${index}]`));
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with these properties; other properties are dropped. */
export function object<S extends Record<string, Decoder<unknown>>>(
  shape: S,
): Decoder<{ [K in keyof S]: ReturnType<S[K]> }> {
  return (value, path = '') => {
    if (!isRecord(value)) {
      throw new DecodeError(path, 'an object');
    }
    const result: Record<string, unknown> = {};
    for (const [key, decoder] of Object.entries(shape)) {
      result[key] = decoder(value[key], path ? `${path}.${key}` : key);
    }
    return result as { [K in keyof S]: ReturnType<S[K]> };
  };
}

export function oneOf<T extends string>(values: readonly T[]): Decoder<T> {
  return (value, path = '') => {
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      throw new DecodeError(path, `one of ${values.join(', ')}`);
    }
    return value as T;
  };
}

/** A string-keyed map of strings (e.g. an organisation unit's contact details). */
export const stringMap: Decoder<Record<string, string>> = (value, path = '') => {
  if (!isRecord(value)) {
    throw new DecodeError(path, 'an object');
  }
  const result: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string') {
      result[key] = item;
    }
  }
  return result;
};

/** `{ items: [...] }`, the shape of every list the API returns. */
export function itemsOf<T>(decoder: Decoder<T>): Decoder<T[]> {
  const list = object({ items: array(decoder) });
  return (value, path) => list(value, path).items;
}

/** Any JSON object, kept as it is (an event's payload, whose keys depend on the event). */
export const unknownRecord: Decoder<Record<string, unknown>> = (value, path = '') => {
  if (!isRecord(value)) {
    throw new DecodeError(path, 'an object');
  }
  return value;
};

/** Absent reads as an empty list (a field a newer or older server may leave out). */
export function optionalArray<T>(decoder: Decoder<T>): Decoder<T[]> {
  return (value, path = '') =>
    value === undefined || value === null ? [] : array(decoder)(value, path);
}

/** A string-keyed map of numbers (e.g. counts per state); other values are dropped. */
export const numberMap: Decoder<Record<string, number>> = (value, path = '') => {
  if (!isRecord(value)) {
    throw new DecodeError(path, 'an object');
  }
  const result: Record<string, number> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'number') {
      result[key] = item;
    }
  }
  return result;
};
