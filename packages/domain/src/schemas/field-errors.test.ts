import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstErrorByPath, issueMessage, toFieldErrors } from './field-errors';
import { VALIDATION_MESSAGES } from './messages';
import { phoneSchema } from './phone';

describe('toFieldErrors', () => {
  const schema = z.object({
    reporter: z.object({ phone: phoneSchema(), age: z.number().int() }),
  });

  it('turns catalogue keys into their Vietnamese and English text, with dotted paths', () => {
    const issues = schema.safeParse({ reporter: { phone: '0612 345 678', age: 30 } }).error?.issues;
    expect(toFieldErrors(issues ?? [])).toEqual([
      {
        path: 'reporter.phone',
        code: 'custom',
        message: VALIDATION_MESSAGES['phone.invalid'],
      },
    ]);
  });

  it("falls back to zod's own Vietnamese and English messages", () => {
    const issues = schema.safeParse({ reporter: { phone: '0912345678', age: 'ba mươi' } }).error
      ?.issues;
    const [error] = toFieldErrors(issues ?? []);
    expect(error?.path).toBe('reporter.age');
    expect(error?.code).toBe('invalid_type');
    expect(error?.message.en).toMatch(/expected number/i);
    expect(error?.message.vi).toMatch(/không hợp lệ|mong đợi/i);
  });

  it('prefixes the path as the server does', () => {
    const issues = schema.safeParse({}).error?.issues ?? [];
    expect(toFieldErrors(issues, { prefix: 'body' }).map((error) => error.path)).toEqual([
      'body.reporter',
    ]);
  });

  it('never takes an inherited property for a catalogue entry', () => {
    const issue = z
      .string()
      .refine(() => false, 'constructor')
      .safeParse('x').error?.issues[0];
    expect(issue).toBeDefined();
    if (issue) {
      expect(issueMessage(issue)).toEqual({ vi: 'Đầu vào không hợp lệ', en: 'Invalid input' });
    }
  });
});

describe('firstErrorByPath', () => {
  it('keeps the first error of each field', () => {
    const message = { vi: 'a', en: 'a' };
    const errors = [
      { path: 'title', code: 'too_small', message },
      { path: 'title', code: 'custom', message },
      { path: '__proto__', code: 'custom', message },
    ];
    const byPath = firstErrorByPath(errors);
    expect(byPath.title?.code).toBe('too_small');
    expect(Object.keys(byPath)).toEqual(['title', '__proto__']);
    expect(Object.getPrototypeOf(byPath)).toBe(Object.prototype);
  });
});
