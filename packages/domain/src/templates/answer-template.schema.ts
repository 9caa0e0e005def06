/**
 * A tenant's edited answer-letter template, validated before the server stores it. Every problem
 * comes back at once as field errors (`toFieldErrors`) whose message keys are the `template.*`
 * entries of `VALIDATION_MESSAGES`, at the path of the text it is in, e.g.
 * `blocks.2.lines.0.text: template.unknown_placeholder`.
 */
import { z } from 'zod';
import type { ProfileId } from '../profiles/types';
import { toFieldErrors } from '../schemas/field-errors';
import type { FieldError } from '../schemas/field-errors';
import { IF_VALID_SO_FAR, codeSchema, lineSchema, nfcSchema } from '../schemas/primitives';
import { getDefaultAnswerTemplate } from './annexes';
import { parseTemplateText, placeholdersOf } from './language';
import { templateTexts } from './template-texts';
import type { AnswerTemplate } from './types';

export const ANSWER_TEMPLATE_LIMITS = {
  titleMaxLength: 200,
  sourceMaxLength: 500,
  /** One line, paragraph or recipient; the answer itself is a value, not template text. */
  textMaxLength: 2_000,
  linesPerBlock: 20,
  itemsPerBlock: 30,
  blocks: 60,
  /** All texts together. */
  totalLength: 20_000,
} as const;

const LIMITS = ANSWER_TEMPLATE_LIMITS;

function checkSyntax() {
  return (text: string, context: z.RefinementCtx): void => {
    const parsed = parseTemplateText(text);
    if (!parsed.ok) {
      context.addIssue({ code: 'custom', message: parsed.error.key, input: text });
    }
  };
}

function templateTextSchema() {
  return nfcSchema(LIMITS.textMaxLength)
    .min(1, { error: 'required' })
    .superRefine(checkSyntax(), IF_VALID_SO_FAR);
}

const option = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'option.invalid' }).optional();

const templateLineSchema = z.strictObject({
  text: templateTextSchema(),
  emphasis: option(['bold', 'italic', 'bold_italic']),
  align: option(['left', 'center', 'right', 'justify']),
});

const linesSchema = (min: number) =>
  z
    .array(templateLineSchema)
    .min(min, { error: 'required' })
    .max(LIMITS.linesPerBlock, { error: 'template.too_long' });

const blockSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('header'), left: linesSchema(0), right: linesSchema(0) }),
    z.strictObject({ kind: z.literal('title'), lines: linesSchema(1) }),
    z.strictObject({ kind: z.literal('paragraph'), lines: linesSchema(1) }),
    z.strictObject({
      kind: z.literal('recipients'),
      heading: templateLineSchema,
      items: z
        .array(templateTextSchema())
        .min(1, { error: 'required' })
        .max(LIMITS.itemsPerBlock, { error: 'template.too_long' }),
    }),
    z.strictObject({ kind: z.literal('signature'), lines: linesSchema(1) }),
  ],
  { error: 'option.invalid' },
);

/**
 * The whole template, once its parts are valid: at most `totalLength` characters, and the answer
 * must be in it.
 */
function checkTemplate(template: AnswerTemplate, context: z.RefinementCtx): void {
  const texts = templateTexts(template);
  const total = texts.reduce((sum, [, text]) => sum + text.length, 0);
  if (total > LIMITS.totalLength) {
    context.addIssue({ code: 'custom', message: 'template.too_long', input: total });
    return;
  }
  const names = texts.flatMap(([, text]) => {
    const parsed = parseTemplateText(text);
    return parsed.ok ? placeholdersOf(parsed.nodes) : [];
  });
  // An intake center sends back an answer "không có nội dung trả lời" (Sóc Trăng Điều 9.4), so a
  // letter that cannot show the answer is no letter.
  if (!names.includes('answer.content')) {
    context.addIssue({
      code: 'custom',
      message: 'template.answer_missing',
      path: ['blocks'],
      input: template.blocks,
    });
  }
}

export const answerTemplateSchema = z
  .strictObject({
    version: z.literal(1, { error: 'value.invalid' }),
    id: codeSchema(),
    title: lineSchema(1, LIMITS.titleMaxLength).superRefine(checkSyntax(), IF_VALID_SO_FAR),
    source: nfcSchema(LIMITS.sourceMaxLength).optional(),
    blocks: z
      .array(blockSchema)
      .min(1, { error: 'required' })
      .max(LIMITS.blocks, { error: 'template.too_long' }),
  })
  .superRefine(checkTemplate, IF_VALID_SO_FAR);

export type AnswerTemplateInput = z.input<typeof answerTemplateSchema>;

export type ValidateAnswerTemplateResult =
  { ok: true; template: AnswerTemplate } | { ok: false; errors: FieldError[] };

/** Validates an edited template (NFC applied); every error at once, with its path. */
export function validateAnswerTemplate(input: unknown): ValidateAnswerTemplateResult {
  const result = answerTemplateSchema.safeParse(input);
  if (!result.success) {
    return { ok: false, errors: toFieldErrors(result.error.issues) };
  }
  return { ok: true, template: result.data };
}

export type ResolveAnswerTemplateResult =
  | { ok: true; template: AnswerTemplate; isTenantTemplate: boolean }
  | { ok: false; errors: FieldError[] };

/**
 * The template a tenant's letters use: its own, stored by the server, when it has one, else the
 * default of its profile. A stored template is validated again, so one saved under older rules
 * is refused with errors rather than rendered wrong.
 */
export function resolveAnswerTemplate(
  profileId: ProfileId,
  tenantTemplate?: unknown,
): ResolveAnswerTemplateResult {
  if (tenantTemplate === undefined || tenantTemplate === null) {
    return { ok: true, template: getDefaultAnswerTemplate(profileId), isTenantTemplate: false };
  }
  const validated = validateAnswerTemplate(tenantTemplate);
  return validated.ok ? { ...validated, isTenantTemplate: true } : validated;
}
