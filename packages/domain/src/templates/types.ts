/**
 * An answer-letter template is data: JSON a tenant administrator edits and the server stores. Its
 * blocks follow the parts of a Vietnamese administrative letter (Nghị định 30/2020/NĐ-CP Phụ lục
 * I): the two-column header (agency and number on the left; Quốc hiệu, tiêu ngữ, place and date on
 * the right), an optional title, the paragraphs, "Nơi nhận" and the signer. Each text is written
 * in the template language of language.ts.
 */
import type { LocalisedMessage } from '../schemas/messages';
import type { AnswerPlaceholder } from './placeholders';

export type LineEmphasis = 'bold' | 'italic' | 'bold_italic';
export type LineAlign = 'left' | 'center' | 'right' | 'justify';

export type AnswerTemplateLine = {
  text: string;
  emphasis?: LineEmphasis;
  align?: LineAlign;
};

export type AnswerTemplateBlock =
  | { kind: 'header'; left: AnswerTemplateLine[]; right: AnswerTemplateLine[] }
  | { kind: 'title'; lines: AnswerTemplateLine[] }
  | { kind: 'paragraph'; lines: AnswerTemplateLine[] }
  | { kind: 'recipients'; heading: AnswerTemplateLine; items: string[] }
  | { kind: 'signature'; lines: AnswerTemplateLine[] };

export type AnswerTemplate = {
  /** The format of the stored JSON; a new format gets a new number and a migration. */
  version: 1;
  /** A code, e.g. "soc-trang-2024-phu-luc-i". */
  id: string;
  /**
   * The letter's name (e-mail subject, document title, heading of the portal page); may use
   * placeholders. None of the three annexes prints a title inside the letter, so it is not a line
   * of the letter; a tenant who wants one adds a `title` block.
   */
  title: string;
  /** Where the form comes from (regulation and annex), shown to the administrator. */
  source?: string;
  blocks: AnswerTemplateBlock[];
};

/** `text` may hold line breaks: the answer's own paragraphs ("\n\n") and lines. */
export type RenderedLine = { text: string; emphasis?: LineEmphasis; align?: LineAlign };

/** The blocks of a rendered letter, for an HTML or PDF renderer (which escapes the text). */
export type RenderedLetterBlock =
  | { kind: 'header'; left: RenderedLine[]; right: RenderedLine[] }
  | { kind: 'title'; lines: RenderedLine[] }
  | { kind: 'paragraph'; lines: RenderedLine[] }
  | { kind: 'recipients'; heading: RenderedLine; items: string[] }
  | { kind: 'signature'; lines: RenderedLine[] };

export type RenderedAnswerLetter = {
  templateId: string;
  title: string;
  isPublicVersion: boolean;
  blocks: RenderedLetterBlock[];
  /** The same letter as plain text (SMS, e-mail body, search index), lines separated by "\n". */
  text: string;
};

export type AnswerLetterErrorCode = 'invalid_template' | 'missing_value' | 'invalid_value';

/** Why a letter could not be rendered. */
export type AnswerLetterError = {
  code: AnswerLetterErrorCode;
  /**
   * For `missing_value` and `invalid_value`: the context field ("reporter.name",
   * "letter.issuedAt"); for `invalid_template`: the template text ("blocks.2.lines.0.text").
   */
  path: string;
  /** The placeholder that needed the value. */
  placeholder?: AnswerPlaceholder;
  /** Where in the template the value is used, e.g. "blocks.0.left.1.text". */
  at?: string;
  message: LocalisedMessage;
};

export type RenderAnswerLetterResult =
  { ok: true; letter: RenderedAnswerLetter } | { ok: false; errors: AnswerLetterError[] };

export type RenderAnswerLetterOptions = {
  /**
   * The version for the public portal: the reporter's name, address, phone, e-mail and citizen ID
   * are left out, and "Ông/Bà" stands for the reporter (Sóc Trăng Điều 4.5; Vĩnh Long Điều 5.4;
   * Nghị định 13/2023/NĐ-CP on personal data). The letter sent to the reporter is the default.
   */
  publicVersion?: boolean;
};
