/**
 * The answer-letter forms annexed to the seed regulations, as templates. Each keeps the annex's
 * parts, order and wording; the annex's bracketed blanks ("[Nội dung …]", "[Đơn vị xử lý]") are
 * placeholders, its unbracketed words stay literal (Khánh Hòa's "Ông/Bà", Sóc Trăng's
 * "cá nhân/tổ chức" in the thanks). Kon Tum's and Hòa Bình's regulations annex no form, so their
 * profiles borrow one (docs/templates.md "Defaults per profile").
 */
import type { ProfileId } from '../profiles/types';
import type { AnswerTemplate, AnswerTemplateBlock, AnswerTemplateLine } from './types';

/** Quốc hiệu and tiêu ngữ, as Nghị định 30/2020/NĐ-CP Phụ lục I writes them ("-" between words). */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const ATTACHMENTS = '{{#if answer.attachments}}Đính kèm: {{answer.attachments}}{{/if}}';

const paragraph = (text: string, extra: Omit<AnswerTemplateLine, 'text'> = {}) =>
  ({ kind: 'paragraph', lines: [{ text, ...extra }] }) satisfies AnswerTemplateBlock;

/**
 * Khánh Hòa, QĐ 18/2022/QĐ-UBND, Phụ lục I "Mẫu thông tin kết quả xử lý": the agency writes its
 * result in this form and enters it in the system (Quy chế Điều 7.2.b, Bước 2); it is made public
 * after the leader's approval (Điều 9.1). The annex is a message, not an official letter: no
 * header, number, date, "Nơi nhận" or signer; the official reply goes with it as an attachment
 * ("[Đính kèm: Văn bản trả lời hoặc hình ảnh minh chứng kết quả xử lý]"), printed only when there
 * is one.
 */
export const KHANH_HOA_ANSWER_TEMPLATE: AnswerTemplate = {
  version: 1,
  id: 'khanh-hoa-2022-phu-luc-i',
  title: 'Thông tin kết quả xử lý phản ánh, kiến nghị {{report.trackingCode}}',
  source: 'Quyết định 18/2022/QĐ-UBND tỉnh Khánh Hòa, Phụ lục I; Quy chế Điều 7.2.b, Điều 9.1',
  blocks: [
    paragraph('Kính chào Ông/Bà!'),
    paragraph('Phản ánh, kiến nghị của Ông/Bà được cơ quan chức năng trả lời như sau:'),
    // "Nội dung đã xử lý xong hoặc nội dung cam kết thời gian sẽ hoàn thành xử lý cụ thể".
    paragraph('{{answer.content}}', { align: 'justify' }),
    paragraph(
      'Chân thành cảm ơn phản ánh, kiến nghị của Ông/Bà và mong tiếp tục nhận được phản ánh, kiến nghị trong thời gian tới.',
    ),
    paragraph('Trân trọng./.'),
    paragraph(ATTACHMENTS, { emphasis: 'italic' }),
  ],
};

/**
 * Sóc Trăng, draft Quy chế (2024), Phụ lục I "Mẫu thông tin kết quả xử lý": the form of the result
 * an agency sends to the IOC center (Điều 8.1; with coordinating agencies Điều 8.2 Bước 3), which
 * publishes it (Điều 9.3.a). The only annex in the administrative-letter format: agency name, "Số:
 * /", Quốc hiệu, tiêu ngữ, "Sóc Trăng, ngày … tháng … năm …", "Kính gửi: Quý [cá nhân/tổ chức]",
 * "Nơi nhận: - Như trên; … - Lưu: VT." and "THỦ TRƯỞNG ĐƠN VỊ". The place is a placeholder, as
 * Sóc Trăng is now part of Cần Thơ (DOMAIN.md "Since the seeds were written"); the signer's name,
 * which the annex does not show, is printed when given.
 */
export const SOC_TRANG_ANSWER_TEMPLATE: AnswerTemplate = {
  version: 1,
  id: 'soc-trang-2024-phu-luc-i',
  title: 'Thông tin kết quả xử lý phản ánh hiện trường {{report.trackingCode}}',
  source:
    'Quy chế Hệ thống thông tin phản ánh hiện trường tỉnh Sóc Trăng (dự thảo 2024), Phụ lục I; Điều 8.1, 8.2, 9.3',
  blocks: [
    {
      kind: 'header',
      left: [
        { text: '{{agency.name | upper}}', emphasis: 'bold', align: 'center' },
        { text: 'Số: {{letter.number}}', align: 'center' },
      ],
      right: [
        { text: NATIONAL_TITLE, emphasis: 'bold', align: 'center' },
        { text: NATIONAL_MOTTO, emphasis: 'bold', align: 'center' },
        { text: '{{agency.place}}, {{letter.date}}', emphasis: 'italic', align: 'center' },
      ],
    },
    paragraph('Kính gửi: Quý {{reporter.salutation}}', { align: 'center' }),
    paragraph(
      '{{agency.name}} xin thông báo kết quả xử lý phản ánh của quý {{reporter.salutation}} như sau:',
      { align: 'justify' },
    ),
    paragraph('{{answer.content}}', { align: 'justify' }),
    paragraph('Chúng tôi cảm ơn cá nhân/tổ chức và mong tiếp tục nhận được phản ánh.'),
    paragraph('Trân trọng./.'),
    {
      kind: 'recipients',
      heading: { text: 'Nơi nhận:', emphasis: 'bold_italic' },
      items: ['Như trên;', '{{letter.copyTo}};', 'Lưu: VT.'],
    },
    {
      kind: 'signature',
      lines: [
        { text: '{{signer.title | upper}}', emphasis: 'bold', align: 'center' },
        { text: '{{#if signer.name}}{{signer.name}}{{/if}}', emphasis: 'bold', align: 'center' },
      ],
    },
  ],
};

/**
 * Vĩnh Long, QĐ 2408/QĐ-UBND (2020), Phụ lục 2 "Mẫu hiển thị kết quả xử lý": how the agency shows
 * its result to the reporter and the public (Quy chế Điều 10.1, by the agency itself, Điều 10.4).
 * "[Cơ quan xử lý]" heads it; "[Ông/bà]" is the reporter: named in the greeting, "Ông"/"Bà" in the
 * running text; "(đính kèm văn bản nếu có)" is the optional attachment line. The annex spells
 * "cám ơn" and ends with "Trân trọng!", kept as written.
 */
export const VINH_LONG_ANSWER_TEMPLATE: AnswerTemplate = {
  version: 1,
  id: 'vinh-long-2020-phu-luc-2',
  title: 'Kết quả xử lý phản ánh hiện trường {{report.trackingCode}}',
  source: 'Quyết định 2408/QĐ-UBND tỉnh Vĩnh Long, Phụ lục 2; Quy chế Điều 10.1, 10.4',
  blocks: [
    { kind: 'header', left: [{ text: '{{agency.name}}', emphasis: 'bold' }], right: [] },
    paragraph('Kính chào: {{reporter.salutation}}'),
    paragraph(
      'Sau khi nhận được phản ánh của {{reporter.pronoun}}, {{agency.name}} đã tiến hành kiểm tra, xử lý và thông báo kết quả như sau:',
      { align: 'justify' },
    ),
    // "[Tóm tắt nội dung trả lời kết quả xử lý (đính kèm văn bản nếu có)]".
    paragraph('{{answer.content}}', { align: 'justify' }),
    paragraph(ATTACHMENTS, { emphasis: 'italic' }),
    paragraph(
      'Chúng tôi chân thành cám ơn {{reporter.pronoun}} đã kịp thời phản ánh và mong tiếp tục nhận được phản ánh trong thời gian tới.',
    ),
    paragraph('Trân trọng!'),
  ],
};

export const ANSWER_TEMPLATES: readonly AnswerTemplate[] = [
  KHANH_HOA_ANSWER_TEMPLATE,
  SOC_TRANG_ANSWER_TEMPLATE,
  VINH_LONG_ANSWER_TEMPLATE,
];

/**
 * The form each profile starts from. Kon Tum: answers on the National Public Service Portal "có
 * giá trị như văn bản giấy" (guidance item 5, QĐ 31/2021/QĐ-TTg Điều 42), so they take the one
 * annex in the official-letter format, Sóc Trăng's. Hòa Bình: operators and one-stop staff answer
 * by phone, message or e-mail within hours ("phản hồi lại thông tin", Điều 8.1), so it takes
 * Khánh Hòa's short result message, which also names no agency or place.
 */
export const DEFAULT_ANSWER_TEMPLATE_IDS: Readonly<Record<ProfileId, string>> = {
  'khanh-hoa-2022': KHANH_HOA_ANSWER_TEMPLATE.id,
  'kon-tum-dvcqg': SOC_TRANG_ANSWER_TEMPLATE.id,
  'soc-trang-2024': SOC_TRANG_ANSWER_TEMPLATE.id,
  'hoa-binh-1022': KHANH_HOA_ANSWER_TEMPLATE.id,
  'vinh-long-2020': VINH_LONG_ANSWER_TEMPLATE.id,
};

/** The default template of a profile, as a copy the caller may edit. */
export function getDefaultAnswerTemplate(profileId: ProfileId): AnswerTemplate {
  const id = DEFAULT_ANSWER_TEMPLATE_IDS[profileId];
  const template =
    ANSWER_TEMPLATES.find((candidate) => candidate.id === id) ?? KHANH_HOA_ANSWER_TEMPLATE;
  return cloneAnswerTemplate(template);
}

export function cloneAnswerTemplate(template: AnswerTemplate): AnswerTemplate {
  const copyLine = (line: AnswerTemplateLine): AnswerTemplateLine => ({ ...line });
  const blocks = template.blocks.map((block): AnswerTemplateBlock => {
    switch (block.kind) {
      case 'header':
        return { kind: 'header', left: block.left.map(copyLine), right: block.right.map(copyLine) };
      case 'recipients':
        return { kind: 'recipients', heading: copyLine(block.heading), items: [...block.items] };
      default:
        return { kind: block.kind, lines: block.lines.map(copyLine) };
    }
  });
  return { ...template, blocks };
}
