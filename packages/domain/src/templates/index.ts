/** Answer-letter templates of the seed regulations, rendered from a report and its answer (docs/templates.md). */
export {
  ANSWER_TEMPLATES,
  DEFAULT_ANSWER_TEMPLATE_IDS,
  KHANH_HOA_ANSWER_TEMPLATE,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  SOC_TRANG_ANSWER_TEMPLATE,
  VINH_LONG_ANSWER_TEMPLATE,
  cloneAnswerTemplate,
  getDefaultAnswerTemplate,
} from './annexes';
export {
  ANSWER_TEMPLATE_LIMITS,
  answerTemplateSchema,
  resolveAnswerTemplate,
  validateAnswerTemplate,
} from './answer-template.schema';
export type {
  AnswerTemplateInput,
  ResolveAnswerTemplateResult,
  ValidateAnswerTemplateResult,
} from './answer-template.schema';
export { TEMPLATE_FILTERS, parseTemplateText } from './language';
export type {
  ParseResult as TemplateParseResult,
  TemplateFilter,
  TemplateNode,
  TemplateSyntaxError,
  TemplateSyntaxErrorKey,
} from './language';
export { ANSWER_LETTER_MESSAGES } from './messages';
export { ANSWER_PLACEHOLDERS, isAnswerPlaceholder } from './placeholders';
export type { AnswerLetterContext } from './letter-context';
export type { AnswerPlaceholder, AnswerPlaceholderInfo, PlaceholderKind } from './placeholders';
export { REDACTED } from './redact';
export { renderAnswerLetter } from './render-letter';
export type {
  AnswerLetterError,
  AnswerLetterErrorCode,
  AnswerTemplate,
  AnswerTemplateBlock,
  AnswerTemplateLine,
  LineAlign,
  LineEmphasis,
  RenderAnswerLetterOptions,
  RenderAnswerLetterResult,
  RenderedAnswerLetter,
  RenderedLetterBlock,
  RenderedLine,
} from './types';
export { formatVietnameseDate } from './vietnamese-date';
