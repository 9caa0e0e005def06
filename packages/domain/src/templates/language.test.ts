import { describe, expect, it } from 'vitest';
import { parseTemplateText, placeholdersOf } from './language';

describe('parseTemplateText', () => {
  it('reads text, values with filters, and sections with else', () => {
    expect(
      parseTemplateText(
        'Số: {{ letter.number }} — {{agency.name|upper}}{{#if signer.name}}{{signer.name}}{{else}}(chưa ký){{/if}}.',
      ),
    ).toEqual({
      ok: true,
      nodes: [
        { type: 'text', value: 'Số: ' },
        { type: 'value', name: 'letter.number', filter: null },
        { type: 'text', value: ' — ' },
        { type: 'value', name: 'agency.name', filter: 'upper' },
        {
          type: 'if',
          name: 'signer.name',
          then: [{ type: 'value', name: 'signer.name', filter: null }],
          otherwise: [{ type: 'text', value: '(chưa ký)' }],
        },
        { type: 'text', value: '.' },
      ],
    });
  });

  it('nests sections and lists the placeholders they use', () => {
    const parsed = parseTemplateText(
      '{{#if answer.attachments}}Đính kèm: {{answer.attachments}}{{#if answer.legalBasis}} ({{answer.legalBasis}}){{/if}}{{/if}}',
    );
    expect(parsed.ok && placeholdersOf(parsed.nodes)).toEqual([
      'answer.attachments',
      'answer.attachments',
      'answer.legalBasis',
      'answer.legalBasis',
    ]);
  });

  it('keeps single braces and plain text as they are', () => {
    expect(parseTemplateText('a { b } c')).toEqual({
      ok: true,
      nodes: [{ type: 'text', value: 'a { b } c' }],
    });
    expect(parseTemplateText('')).toEqual({ ok: true, nodes: [] });
  });

  it('reports where the first mistake is', () => {
    expect(parseTemplateText('Kính gửi {{reporter.nam}} và {{x')).toEqual({
      ok: false,
      error: { key: 'template.unknown_placeholder', offset: 9 },
    });
    expect(parseTemplateText('ab{{#if answer.content}}x')).toEqual({
      ok: false,
      error: { key: 'template.unclosed_section', offset: 2 },
    });
  });

  it('does not reach object properties outside the list', () => {
    for (const name of [
      'toString',
      'report.constructor',
      'answer.__proto__',
      'reporter.hasOwnProperty',
    ]) {
      expect(parseTemplateText(`{{${name}}}`).ok).toBe(false);
    }
  });
});
