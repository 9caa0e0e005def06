/**
 * The answer-letter template language. Written here rather than taken from Mustache, Handlebars or
 * Liquid on purpose:
 *
 * - the annexes (Khánh Hòa QĐ 18/2022 Phụ lục I, Sóc Trăng Phụ lục I, Vĩnh Long QĐ 2408/2020
 *   Phụ lục 2) need only placeholders, an optional part ("[Đính kèm: …]", "(đính kèm văn bản nếu
 *   có)") and upper-case agency names, which is a hundred lines, not a dependency;
 * - a tenant administrator writes the template, so it must not run code: there are no helpers,
 *   partials, lambdas, loops or property access beyond a closed list of names
 *   (`ANSWER_PLACEHOLDERS`), and a value is inserted once, never re-read as a template, so a
 *   reporter who types `{{reporter.phone}}` into a report gets those characters back, nothing else;
 * - output is plain text in structured blocks: escaping for HTML or PDF belongs to the renderer of
 *   the blocks, so the language has no raw/escaped distinction to get wrong;
 * - every mistake is found when the template is saved, with the message keys of
 *   `VALIDATION_MESSAGES` (`template.*`) and the path of the text it is in.
 *
 * Grammar (one text = one line, title, or list item of a template):
 *
 *   {{name}}                 the value of a placeholder, e.g. {{report.trackingCode}}
 *   {{name | upper}}         … in capitals (agency names in the header); `lower` also exists
 *   {{#if name}}…{{/if}}     the part only when the value is present (a list: not empty)
 *   {{#if name}}…{{else}}…{{/if}}
 *
 * Anything else is literal text; a lone `{` or `}` is fine, `{{` and `}}` must pair.
 */
import { isAnswerPlaceholder } from './placeholders';
import type { AnswerPlaceholder } from './placeholders';

export const TEMPLATE_FILTERS = ['upper', 'lower'] as const;
export type TemplateFilter = (typeof TEMPLATE_FILTERS)[number];

export type TemplateNode =
  | { type: 'text'; value: string }
  | { type: 'value'; name: AnswerPlaceholder; filter: TemplateFilter | null }
  | { type: 'if'; name: AnswerPlaceholder; then: TemplateNode[]; otherwise: TemplateNode[] };

/** A message key of `VALIDATION_MESSAGES`. */
export type TemplateSyntaxErrorKey =
  | 'template.unbalanced_braces'
  | 'template.invalid_tag'
  | 'template.unknown_placeholder'
  | 'template.unknown_filter'
  | 'template.unclosed_section'
  | 'template.unexpected_section_end';

export type TemplateSyntaxError = { key: TemplateSyntaxErrorKey; offset: number };

export type ParseResult =
  { ok: true; nodes: TemplateNode[] } | { ok: false; error: TemplateSyntaxError };

const NAME = /^[a-z][a-zA-Z]*(?:\.[a-z][a-zA-Z]*)+$/;
const VALUE_TAG = /^([^\s|]+)\s*(?:\|\s*(\S+))?$/;
const IF_TAG = /^#if\s+(\S+)$/;

type Frame = {
  name: AnswerPlaceholder;
  then: TemplateNode[];
  otherwise: TemplateNode[];
  isInElse: boolean;
  offset: number;
};

type ParserState = { root: TemplateNode[]; stack: Frame[] };

/** Parses one text; the first mistake is reported (later ones are usually its echo). */
export function parseTemplateText(text: string): ParseResult {
  const state: ParserState = { root: [], stack: [] };
  let position = 0;
  while (position < text.length) {
    const open = text.indexOf('{{', position);
    const literal = text.slice(position, open === -1 ? text.length : open);
    const strayClose = literal.indexOf('}}');
    if (strayClose !== -1) {
      return failure('template.unbalanced_braces', position + strayClose);
    }
    if (literal) {
      target(state).push({ type: 'text', value: literal });
    }
    if (open === -1) {
      break;
    }
    const close = text.indexOf('}}', open + 2);
    const inner = close === -1 ? '' : text.slice(open + 2, close);
    if (close === -1 || inner.includes('{{')) {
      return failure('template.unbalanced_braces', open);
    }
    const error = applyTag(inner.trim(), open, state);
    if (error) {
      return { ok: false, error };
    }
    position = close + 2;
  }
  const unclosed = state.stack.at(-1);
  if (unclosed) {
    return failure('template.unclosed_section', unclosed.offset);
  }
  return { ok: true, nodes: state.root };
}

function failure(key: TemplateSyntaxErrorKey, offset: number): ParseResult {
  return { ok: false, error: { key, offset } };
}

function target(state: ParserState): TemplateNode[] {
  const frame = state.stack.at(-1);
  if (!frame) {
    return state.root;
  }
  return frame.isInElse ? frame.otherwise : frame.then;
}

function applyTag(tag: string, offset: number, state: ParserState): TemplateSyntaxError | null {
  if (tag === 'else' || tag === '/if') {
    const frame = state.stack.at(-1);
    if (!frame || (tag === 'else' && frame.isInElse)) {
      return { key: 'template.unexpected_section_end', offset };
    }
    if (tag === 'else') {
      frame.isInElse = true;
      return null;
    }
    state.stack.pop();
    target(state).push({
      type: 'if',
      name: frame.name,
      then: frame.then,
      otherwise: frame.otherwise,
    });
    return null;
  }
  const section = IF_TAG.exec(tag);
  const value = section ? null : VALUE_TAG.exec(tag);
  const name = placeholderName((section ?? value)?.[1], offset);
  if (typeof name !== 'string') {
    return name;
  }
  if (section) {
    state.stack.push({ name, then: [], otherwise: [], isInElse: false, offset });
    return null;
  }
  const filter = value?.[2];
  if (filter !== undefined && !isFilter(filter)) {
    return { key: 'template.unknown_filter', offset };
  }
  target(state).push({ type: 'value', name, filter: filter ?? null });
  return null;
}

function placeholderName(
  name: string | undefined,
  offset: number,
): AnswerPlaceholder | TemplateSyntaxError {
  if (name === undefined || !NAME.test(name)) {
    return { key: 'template.invalid_tag', offset };
  }
  if (!isAnswerPlaceholder(name)) {
    return { key: 'template.unknown_placeholder', offset };
  }
  return name;
}

function isFilter(value: string): value is TemplateFilter {
  return (TEMPLATE_FILTERS as readonly string[]).includes(value);
}

/** Every placeholder a parsed text names, in order, sections included. */
export function placeholdersOf(nodes: readonly TemplateNode[]): AnswerPlaceholder[] {
  const names: AnswerPlaceholder[] = [];
  for (const node of nodes) {
    if (node.type === 'value') {
      names.push(node.name);
    } else if (node.type === 'if') {
      names.push(node.name, ...placeholdersOf(node.then), ...placeholdersOf(node.otherwise));
    }
  }
  return names;
}
