import type { LocalDate } from '../calendar/types';

type Text = string | null | undefined;

/**
 * What a letter is rendered from. Every field is optional in the type: which ones are required
 * depends on the template (a value it uses outside `{{#if}}` must be there), and the renderer
 * answers a missing one with a typed error, never an exception.
 */
export type AnswerLetterContext = {
  /** The processing agency that answers (cơ quan xử lý / cơ quan trả lời). */
  agency?: {
    name?: Text;
    /** Cơ quan chủ quản, printed above the agency's name in the Decree 30 header. */
    parentName?: Text;
    /** Địa danh of the date line, e.g. "Sóc Trăng" (Nghị định 30/2020/NĐ-CP Phụ lục I). */
    place?: Text;
  };
  letter?: {
    /** When the letter is signed; printed as "ngày 05 tháng 3 năm 2026" at UTC+7. */
    issuedAt?: Date | null;
    /** Số và ký hiệu, e.g. "125/TB-SXD". */
    number?: Text;
    /** Nơi nhận besides "Như trên" and the archive, e.g. "Trung tâm IOC tỉnh". */
    copyTo?: readonly string[] | null;
  };
  signer?: {
    /** Chức vụ, e.g. "Giám đốc", "KT. Giám đốc / Phó Giám đốc". */
    title?: Text;
    name?: Text;
  };
  report?: {
    trackingCode?: Text;
    receivedAt?: Date | null;
    title?: Text;
    summary?: Text;
    /** Where the incident is (not the reporter's address). */
    location?: Text;
  };
  reporter?: {
    kind?: 'person' | 'organisation' | null;
    /** Ông (mr) or Bà (ms); unknown reads "Ông/Bà". */
    honorific?: 'mr' | 'ms' | null;
    name?: Text;
    address?: Text;
    phone?: Text;
    email?: Text;
    citizenId?: Text;
  };
  answer?: {
    /** The approved answer (nội dung trả lời kết quả xử lý); paragraphs kept. */
    content?: Text;
    legalBasis?: Text;
    /** Names of attached documents or photos ("Văn bản số 125/SXD-QLĐT"). */
    attachments?: readonly string[] | null;
    /** The committed completion date when the answer is a commitment (Khánh Hòa Phụ lục I). */
    committedOn?: LocalDate | null;
  };
};
