import { describe, expect, it } from 'vitest';
import { VALIDATION_MESSAGES } from '../schemas/messages';
import {
  ANSWER_TEMPLATES,
  SOC_TRANG_ANSWER_TEMPLATE,
  VINH_LONG_ANSWER_TEMPLATE,
  cloneAnswerTemplate,
  getDefaultAnswerTemplate,
} from './annexes';
import {
  ANSWER_TEMPLATE_LIMITS,
  answerTemplateSchema,
  resolveAnswerTemplate,
  validateAnswerTemplate,
} from './answer-template.schema';
import { renderAnswerLetter } from './render-letter';
import { VINH_LONG_CONTEXT, letterOf } from './test-support';
import type { AnswerTemplate } from './types';

function withParagraph(text: string): AnswerTemplate {
  const template = cloneAnswerTemplate(VINH_LONG_ANSWER_TEMPLATE);
  template.blocks.push({ kind: 'paragraph', lines: [{ text }] });
  return template;
}

/** [path, message key] of every error. */
function errorsOf(input: unknown): [string, string][] {
  const result = validateAnswerTemplate(input);
  if (result.ok) {
    return [];
  }
  return result.errors.map((error) => {
    const key = Object.entries(VALIDATION_MESSAGES).find(
      ([, message]) => message.vi === error.message.vi,
    )?.[0];
    return [error.path, key ?? error.code];
  });
}

describe('answerTemplateSchema', () => {
  it.each(ANSWER_TEMPLATES.map((template) => [template.id, template]))(
    'accepts the annex %s unchanged',
    (_, template) => {
      expect(answerTemplateSchema.parse(template)).toEqual(template);
    },
  );

  it.each([
    ['{{reporter.password}}', 'template.unknown_placeholder'],
    ['{{#if report.secret}}x{{/if}}', 'template.unknown_placeholder'],
    ['Kính gửi {{reporter.name', 'template.unbalanced_braces'],
    ['Trân trọng }}', 'template.unbalanced_braces'],
    ['{{agency.{{name}}}}', 'template.unbalanced_braces'],
    ['{{#if answer.attachments}}Đính kèm', 'template.unclosed_section'],
    ['Đính kèm{{/if}}', 'template.unexpected_section_end'],
    ['{{else}}', 'template.unexpected_section_end'],
    ['{{agency.name | capitalize}}', 'template.unknown_filter'],
    ['{{ }}', 'template.invalid_tag'],
    ['{{#each answer.attachments}}{{/each}}', 'template.invalid_tag'],
    ['{{constructor}}', 'template.invalid_tag'],
    ['{{__proto__.x}}', 'template.invalid_tag'],
  ])('refuses %s with %s at the path of the text', (text, key) => {
    expect(errorsOf(withParagraph(text))).toEqual([['blocks.7.lines.0.text', key]]);
  });

  it('gives the vi/en message of the catalogue', () => {
    const result = validateAnswerTemplate(withParagraph('{{reporter.password}}'));
    expect(!result.ok && result.errors[0]?.message).toEqual(
      VALIDATION_MESSAGES['template.unknown_placeholder'],
    );
  });

  it('refuses an empty title, and a title with a bad tag', () => {
    expect(errorsOf({ ...SOC_TRANG_ANSWER_TEMPLATE, title: '   ' })).toEqual([
      ['title', 'required'],
    ]);
    expect(errorsOf({ ...SOC_TRANG_ANSWER_TEMPLATE, title: 'Kết quả {{report.code}}' })).toEqual([
      ['title', 'template.unknown_placeholder'],
    ]);
  });

  it('refuses what is too long: a title, a text, too many blocks, the whole', () => {
    const long = (n: number) => 'x'.repeat(n);
    expect(errorsOf({ ...SOC_TRANG_ANSWER_TEMPLATE, title: long(201) })).toEqual([
      ['title', 'text.too_long'],
    ]);
    expect(errorsOf(withParagraph(long(ANSWER_TEMPLATE_LIMITS.textMaxLength + 1)))).toEqual([
      ['blocks.7.lines.0.text', 'text.too_long'],
    ]);
    const many = cloneAnswerTemplate(VINH_LONG_ANSWER_TEMPLATE);
    many.blocks = Array.from({ length: 61 }, () => ({
      kind: 'paragraph' as const,
      lines: [{ text: '{{answer.content}}' }],
    }));
    expect(errorsOf(many)).toEqual([['blocks', 'template.too_long']]);
    const heavy = cloneAnswerTemplate(VINH_LONG_ANSWER_TEMPLATE);
    heavy.blocks.push(
      ...Array.from({ length: 11 }, () => ({
        kind: 'paragraph' as const,
        lines: [{ text: long(1_900) }],
      })),
    );
    expect(errorsOf(heavy)).toEqual([['', 'template.too_long']]);
  });

  it('refuses a template without the answer', () => {
    const template = cloneAnswerTemplate(VINH_LONG_ANSWER_TEMPLATE);
    template.blocks = template.blocks.filter(
      (block) => !(block.kind === 'paragraph' && block.lines[0]?.text === '{{answer.content}}'),
    );
    expect(errorsOf(template)).toEqual([['blocks', 'template.answer_missing']]);
  });

  it('reports every error at once, each at its path', () => {
    const template = withParagraph('{{reporter.password}}');
    template.title = '';
    template.blocks.push(
      { kind: 'paragraph', lines: [{ text: '{{#if answer.content}}' }] },
      { kind: 'recipients', heading: { text: 'Nơi nhận:' }, items: ['{{letter.cc}}'] },
    );
    expect(errorsOf(template)).toEqual([
      ['title', 'required'],
      ['blocks.7.lines.0.text', 'template.unknown_placeholder'],
      ['blocks.8.lines.0.text', 'template.unclosed_section'],
      ['blocks.9.items.0', 'template.unknown_placeholder'],
    ]);
  });

  it('refuses unknown keys, kinds and styles', () => {
    const template = cloneAnswerTemplate(VINH_LONG_ANSWER_TEMPLATE) as unknown as Record<
      string,
      unknown
    >;
    expect(errorsOf({ ...template, script: 'alert(1)' }).map(([path]) => path)).toEqual(['']);
    expect(
      errorsOf({
        ...template,
        blocks: [{ kind: 'html', lines: [{ text: '{{answer.content}}' }] }],
      }),
    ).toEqual([['blocks.0.kind', 'option.invalid']]);
    expect(
      errorsOf({
        ...template,
        blocks: [{ kind: 'paragraph', lines: [{ text: '{{answer.content}}', emphasis: 'blink' }] }],
      }),
    ).toEqual([['blocks.0.lines.0.emphasis', 'option.invalid']]);
    expect(errorsOf({ ...template, version: 2 })).toEqual([['version', 'value.invalid']]);
  });

  it('stores NFC', () => {
    const nfd = withParagraph('Ghi chú: {{report.trackingCode}}'.normalize('NFD'));
    nfd.title = 'Kết quả xử lý'.normalize('NFD');
    const result = validateAnswerTemplate(nfd);
    expect(result.ok && result.template.title).toBe('Kết quả xử lý');
    const last = result.ok ? result.template.blocks.at(-1) : undefined;
    expect(last?.kind === 'paragraph' && last.lines[0]?.text).toBe(
      'Ghi chú: {{report.trackingCode}}',
    );
  });
});

describe('resolveAnswerTemplate: a tenant overrides its profile default', () => {
  it('uses the profile default when the tenant has none', () => {
    const result = resolveAnswerTemplate('vinh-long-2020', null);
    expect(result).toEqual({
      ok: true,
      template: VINH_LONG_ANSWER_TEMPLATE,
      isTenantTemplate: false,
    });
  });

  it('uses the tenant template, edited from the default, for its letters', () => {
    const edited = getDefaultAnswerTemplate('vinh-long-2020');
    edited.blocks.splice(2, 0, {
      kind: 'paragraph',
      lines: [{ text: 'Mã số phản ánh: {{report.trackingCode}} ({{report.receivedDate}})' }],
    });
    const stored: unknown = JSON.parse(JSON.stringify(edited));
    const result = resolveAnswerTemplate('vinh-long-2020', stored);
    expect(result.ok && result.isTenantTemplate).toBe(true);
    if (result.ok) {
      const text = letterOf(renderAnswerLetter(result.template, VINH_LONG_CONTEXT)).text;
      expect(text.split('\n')).toContain(
        'Mã số phản ánh: VL-2026-0042 (ngày 02 tháng 02 năm 2026)',
      );
    }
  });

  it('refuses a stored template that is no longer valid, rather than rendering it', () => {
    const result = resolveAnswerTemplate('soc-trang-2024', withParagraph('{{report.code}}'));
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['blocks.7.lines.0.text']);
  });
});
