import { nfc } from '../text/normalize';
import { parseTemplateText, placeholdersOf } from './language';
import type { TemplateFilter, TemplateNode } from './language';
import type { AnswerLetterContext } from './letter-context';
import { letterText } from './letter-text';
import { ANSWER_LETTER_MESSAGES, valueMessage } from './messages';
import { placeholderInfo, readPlaceholder } from './placeholders';
import type { AnswerPlaceholder } from './placeholders';
import { redactor } from './redact';
import { templateTexts } from './template-texts';
import type {
  AnswerLetterError,
  AnswerTemplate,
  AnswerTemplateBlock,
  AnswerTemplateLine,
  RenderAnswerLetterOptions,
  RenderAnswerLetterResult,
  RenderedLetterBlock,
  RenderedLine,
} from './types';

/** A list value inside a sentence: "Văn bản số 125/SXD; Ảnh hiện trường". */
const LIST_SEPARATOR = '; ';

type Env = {
  context: AnswerLetterContext;
  isPublic: boolean;
  redact: (text: string) => string;
  errors: Map<string, AnswerLetterError>;
  /** A list placeholder bound to one element while a recipients item is expanded. */
  bound: Partial<Record<AnswerPlaceholder, string>>;
};

/** A rendered text, or "leave this line out" (public version, identifying value). */
type TextResult = { text: string } | null;

/**
 * Renders an answer letter from a template and the report's context: the blocks for an HTML or PDF
 * renderer and the plain text, both NFC. A value the template uses outside `{{#if}}` must be in
 * the context; otherwise the result lists every missing value (with the context path and the
 * place in the template) and nothing is rendered. A template that does not parse is refused with
 * `invalid_template` errors; save templates through `answerTemplateSchema` to catch that earlier.
 */
export function renderAnswerLetter(
  template: AnswerTemplate,
  context: AnswerLetterContext,
  options: RenderAnswerLetterOptions = {},
): RenderAnswerLetterResult {
  const parsed = parseAll(template);
  if (!parsed.ok) {
    return parsed;
  }
  const isPublic = options.publicVersion ?? false;
  const env: Env = {
    context,
    isPublic,
    redact: isPublic ? redactor(context) : (text) => text,
    errors: new Map(),
    bound: {},
  };
  const title = renderText(env, parsed.texts, 'title');
  const blocks = template.blocks.flatMap((block, index) =>
    renderBlock(env, parsed.texts, block, `blocks.${index}`),
  );
  if (env.errors.size > 0) {
    return { ok: false, errors: [...env.errors.values()] };
  }
  return {
    ok: true,
    letter: {
      templateId: template.id,
      title: title?.text.replace(/\s+/gu, ' ').trim() ?? '',
      isPublicVersion: isPublic,
      blocks,
      text: letterText(blocks),
    },
  };
}

type ParsedTexts = Map<string, TemplateNode[]>;

function parseAll(
  template: AnswerTemplate,
): { ok: true; texts: ParsedTexts } | { ok: false; errors: AnswerLetterError[] } {
  const texts: ParsedTexts = new Map();
  const errors: AnswerLetterError[] = [];
  for (const [path, text] of templateTexts(template)) {
    const result = parseTemplateText(nfc(text));
    if (result.ok) {
      texts.set(path, result.nodes);
    } else {
      errors.push({
        code: 'invalid_template',
        path,
        message: ANSWER_LETTER_MESSAGES.invalid_template,
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, texts };
}

function renderBlock(
  env: Env,
  texts: ParsedTexts,
  block: AnswerTemplateBlock,
  path: string,
): RenderedLetterBlock[] {
  const lines = (key: string, list: readonly AnswerTemplateLine[]): RenderedLine[] =>
    list.flatMap((line, index) => renderLine(env, texts, line, `${path}.${key}.${index}.text`));
  switch (block.kind) {
    case 'header': {
      const left = lines('left', block.left);
      const right = lines('right', block.right);
      return left.length + right.length > 0 ? [{ kind: 'header', left, right }] : [];
    }
    case 'recipients': {
      const heading = renderLine(env, texts, block.heading, `${path}.heading.text`);
      const items = block.items.flatMap((_, index) =>
        renderItem(env, texts, `${path}.items.${index}`),
      );
      const [first] = heading;
      return first && items.length > 0 ? [{ kind: 'recipients', heading: first, items }] : [];
    }
    default: {
      const rendered = lines('lines', block.lines);
      return rendered.length > 0 ? [{ kind: block.kind, lines: rendered }] : [];
    }
  }
}

function renderLine(
  env: Env,
  texts: ParsedTexts,
  line: AnswerTemplateLine,
  at: string,
): RenderedLine[] {
  const result = renderText(env, texts, at);
  if (result === null || result.text.trim() === '') {
    return [];
  }
  return [
    {
      text: result.text,
      ...(line.emphasis ? { emphasis: line.emphasis } : {}),
      ...(line.align ? { align: line.align } : {}),
    },
  ];
}

/**
 * A "Nơi nhận" item that names a list ("{{letter.copyTo}};") becomes one item per element
 * ("Trung tâm IOC tỉnh;", "UBND phường 5;"), none for an empty list (Nghị định 30/2020 writes
 * one recipient per line).
 */
function renderItem(env: Env, texts: ParsedTexts, at: string): string[] {
  const nodes = texts.get(at) ?? [];
  const listName = placeholdersOf(nodes).find((name) => placeholderInfo(name).kind === 'list');
  const value = listName ? readPlaceholder(listName, env.context) : null;
  if (!listName || value?.state !== 'present' || typeof value.value === 'string') {
    const result = renderText(env, texts, at);
    return result && result.text.trim() ? [result.text.trim()] : [];
  }
  return value.value.flatMap((element) => {
    const result = renderNodes({ ...env, bound: { ...env.bound, [listName]: element } }, nodes, at);
    return result && result.text.trim() ? [result.text.trim()] : [];
  });
}

function renderText(env: Env, texts: ParsedTexts, at: string): TextResult {
  return renderNodes(env, texts.get(at) ?? [], at);
}

function renderNodes(env: Env, nodes: readonly TemplateNode[], at: string): TextResult {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      text += node.value;
      continue;
    }
    if (node.type === 'if') {
      const branch = isPresent(env, node.name) ? node.then : node.otherwise;
      const inner = renderNodes(env, branch, at);
      if (inner === null) {
        return null;
      }
      text += inner.text;
      continue;
    }
    const value = valueOf(env, node.name, at);
    if (value === null) {
      return null;
    }
    text += applyFilter(value, node.filter);
  }
  return { text: nfc(text) };
}

/** Whether `{{#if name}}` holds: a value (a list: an element) the reader of this version may see. */
function isPresent(env: Env, name: AnswerPlaceholder): boolean {
  const info = placeholderInfo(name);
  if (env.isPublic && info.isIdentifying) {
    return info.publicValue !== undefined;
  }
  if (env.bound[name] !== undefined) {
    return true;
  }
  const value = readPlaceholder(name, env.context);
  return value.state === 'present' && value.value.length > 0;
}

/** The text of a placeholder; null leaves the line out; a missing value is recorded. */
function valueOf(env: Env, name: AnswerPlaceholder, at: string): string | null {
  const info = placeholderInfo(name);
  if (env.isPublic && info.isIdentifying) {
    return info.publicValue ?? null;
  }
  const bound = env.bound[name];
  if (bound !== undefined) {
    return env.redact(bound);
  }
  const value = readPlaceholder(name, env.context);
  if (value.state !== 'present') {
    const code = value.state === 'absent' ? 'missing_value' : 'invalid_value';
    if (!env.errors.has(info.source)) {
      env.errors.set(info.source, {
        code,
        path: info.source,
        placeholder: name,
        at,
        message: valueMessage(code, info.label),
      });
    }
    return '';
  }
  const text = typeof value.value === 'string' ? value.value : value.value.join(LIST_SEPARATOR);
  return info.isIdentifying ? text : env.redact(text);
}

function applyFilter(text: string, filter: TemplateFilter | null): string {
  // Vietnamese has no locale-specific case mappings (unlike Turkish i), so the root mapping is
  // right and does not depend on the host's ICU data.
  if (filter === 'upper') {
    return text.toUpperCase();
  }
  return filter === 'lower' ? text.toLowerCase() : text;
}
