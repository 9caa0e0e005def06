import { describe, expect, it } from 'vitest';
import {
  KHANH_HOA_ANSWER_TEMPLATE,
  SOC_TRANG_ANSWER_TEMPLATE,
  VINH_LONG_ANSWER_TEMPLATE,
  cloneAnswerTemplate,
} from './annexes';
import { ANSWER_PLACEHOLDERS } from './placeholders';
import { renderAnswerLetter } from './render-letter';
import {
  REPORTER_ADDRESS,
  REPORTER_CITIZEN_ID,
  REPORTER_EMAIL,
  REPORTER_NAME,
  REPORTER_PHONE,
  SOC_TRANG_CONTEXT,
  VINH_LONG_CONTEXT,
  letterOf,
  vn,
} from './test-support';
import type { AnswerTemplate } from './types';

/** A tenant's edit of Sóc Trăng's form that shows every reporter detail to the reporter. */
function detailedTemplate(): AnswerTemplate {
  const template = cloneAnswerTemplate(SOC_TRANG_ANSWER_TEMPLATE);
  template.blocks.splice(
    2,
    0,
    {
      kind: 'paragraph',
      lines: [
        {
          text: 'Phản ánh số {{report.trackingCode}} của {{reporter.name}} tiếp nhận {{report.receivedDate}}.',
        },
        { text: 'Địa chỉ: {{reporter.address}}; điện thoại: {{reporter.phone}}' },
        { text: '{{#if reporter.email}}Thư điện tử: {{reporter.email}}{{/if}}' },
        { text: 'Số định danh: {{reporter.citizenId}}' },
        { text: 'Địa điểm: {{report.location}}' },
      ],
    },
    { kind: 'title', lines: [{ text: 'V/v {{report.title | lower}}' }] },
  );
  return template;
}

describe('refusals: a value the template needs is missing', () => {
  it('lists every missing value at once, with its context path and place in the template', () => {
    const result = renderAnswerLetter(SOC_TRANG_ANSWER_TEMPLATE, {
      ...SOC_TRANG_CONTEXT,
      letter: { issuedAt: vn('2026-03-05 09:00') },
      signer: {},
      answer: { content: '   \n  ' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) {
      return;
    }
    expect(
      result.errors.map(({ code, path, placeholder, at }) => ({ code, path, placeholder, at })),
    ).toEqual([
      {
        code: 'missing_value',
        path: 'letter.number',
        placeholder: 'letter.number',
        at: 'blocks.0.left.1.text',
      },
      {
        code: 'missing_value',
        path: 'answer.content',
        placeholder: 'answer.content',
        at: 'blocks.3.lines.0.text',
      },
      {
        code: 'missing_value',
        path: 'signer.title',
        placeholder: 'signer.title',
        at: 'blocks.7.lines.0.text',
      },
    ]);
    expect(result.errors[0]?.message).toEqual({
      vi: 'Thiếu thông tin bắt buộc để lập thư trả lời: Số, ký hiệu văn bản.',
      en: 'Information the answer letter needs is missing: Letter number.',
    });
  });

  it('does not need what only a {{#if}} uses (the signer name, the attachments)', () => {
    const result = renderAnswerLetter(SOC_TRANG_ANSWER_TEMPLATE, {
      ...SOC_TRANG_CONTEXT,
      signer: { title: 'Giám đốc' },
      letter: { ...SOC_TRANG_CONTEXT.letter, copyTo: undefined },
    });
    expect(result.ok).toBe(true);
  });

  it('refuses an invalid date as invalid, not missing', () => {
    const result = renderAnswerLetter(SOC_TRANG_ANSWER_TEMPLATE, {
      ...SOC_TRANG_CONTEXT,
      letter: { ...SOC_TRANG_CONTEXT.letter, issuedAt: new Date('not a date') },
    });
    expect(!result.ok && result.errors.map((e) => [e.code, e.path])).toEqual([
      ['invalid_value', 'letter.issuedAt'],
    ]);
  });

  it('needs the name of an organisation (a person without one is "Ông/Bà")', () => {
    const organisation = renderAnswerLetter(VINH_LONG_ANSWER_TEMPLATE, {
      ...VINH_LONG_CONTEXT,
      reporter: { kind: 'organisation' },
    });
    expect(!organisation.ok && organisation.errors.map((e) => e.path)).toEqual(['reporter.name']);
    const anonymous = renderAnswerLetter(VINH_LONG_ANSWER_TEMPLATE, {
      ...VINH_LONG_CONTEXT,
      reporter: { kind: 'person' },
    });
    expect(letterOf(anonymous).text).toContain('Kính chào: Ông/Bà\n');
  });

  it('refuses a template that does not parse, with typed errors and no exception', () => {
    const broken = cloneAnswerTemplate(KHANH_HOA_ANSWER_TEMPLATE);
    broken.title = 'Kết quả {{report.trackingCode';
    broken.blocks.push({ kind: 'paragraph', lines: [{ text: '{{reporter.password}}' }] });
    const result = renderAnswerLetter(broken, SOC_TRANG_CONTEXT);
    expect(!result.ok && result.errors.map((e) => [e.code, e.path])).toEqual([
      ['invalid_template', 'title'],
      ['invalid_template', 'blocks.6.lines.0.text'],
    ]);
  });
});

describe('the letter to the reporter', () => {
  it('shows the details a tenant added, dates in Vietnamese at UTC+7', () => {
    const lines = letterOf(renderAnswerLetter(detailedTemplate(), SOC_TRANG_CONTEXT)).text.split(
      '\n',
    );
    expect(lines).toContain(
      'Phản ánh số PAHT-2026-000123 của Nguyễn Văn An tiếp nhận ngày 02 tháng 3 năm 2026.',
    );
    expect(lines).toContain('Địa chỉ: 12 Trần Hưng Đạo, Phường 1; điện thoại: 0912345678');
    expect(lines).toContain('Thư điện tử: nguyenvanan@example.com');
    expect(lines).toContain('Số định danh: 094095000123');
    expect(lines).toContain('V/v đèn đường hỏng trên đường trần hưng đạo');
  });

  it('dates a letter signed just after midnight in Vietnam by the Vietnamese day', () => {
    const text = letterOf(
      renderAnswerLetter(SOC_TRANG_ANSWER_TEMPLATE, {
        ...SOC_TRANG_CONTEXT,
        letter: { ...SOC_TRANG_CONTEXT.letter, issuedAt: new Date('2026-02-08T17:30:00Z') },
      }),
    ).text;
    expect(text).toContain('\nSóc Trăng, ngày 09 tháng 02 năm 2026\n');
  });

  it('inserts values once: template syntax typed by a reporter or an officer stays text', () => {
    const text = letterOf(
      renderAnswerLetter(KHANH_HOA_ANSWER_TEMPLATE, {
        report: { trackingCode: 'KH-9' },
        reporter: { phone: REPORTER_PHONE },
        answer: { content: 'Xem {{reporter.phone}} và {{#if answer.content}}x{{/if}} <b>' },
      }),
    ).text;
    expect(text).toContain('\nXem {{reporter.phone}} và {{#if answer.content}}x{{/if}} <b>\n');
    expect(text).not.toContain(REPORTER_PHONE);
  });

  it('removes control characters from values and trims them', () => {
    const text = letterOf(
      renderAnswerLetter(KHANH_HOA_ANSWER_TEMPLATE, {
        report: { trackingCode: ' KH-9\u0007 ' },
        answer: { content: '\r\n Đã xử lý\u0000 xong.\r\n' },
      }),
    );
    expect(text.title).toBe('Thông tin kết quả xử lý phản ánh, kiến nghị KH-9');
    expect(text.text).toContain('\n\nĐã xử lý xong.\n\n');
  });
});

describe('placeholders', () => {
  it('every placeholder renders from a full context; only reporter data is identifying', () => {
    const template = cloneAnswerTemplate(SOC_TRANG_ANSWER_TEMPLATE);
    const names = Object.keys(ANSWER_PLACEHOLDERS);
    template.blocks.push({
      kind: 'paragraph',
      lines: names.map((name) => ({ text: `${name}={{${name}}}` })),
    });
    const context = {
      ...SOC_TRANG_CONTEXT,
      agency: { ...SOC_TRANG_CONTEXT.agency, parentName: 'Ủy ban nhân dân tỉnh Sóc Trăng' },
      report: { ...SOC_TRANG_CONTEXT.report, summary: 'Hai bóng đèn không sáng.' },
      answer: {
        content: 'Đã thay bóng đèn.',
        legalBasis: 'Nghị định 06/2026/NĐ-CP',
        attachments: ['Ảnh 1', 'Ảnh 2'],
        committedOn: '2026-03-20',
      },
    };
    const lines = letterOf(renderAnswerLetter(template, context)).text.split('\n');
    expect(lines.slice(-names.length)).toEqual([
      'agency.name=Sở Xây dựng',
      'agency.parentName=Ủy ban nhân dân tỉnh Sóc Trăng',
      'agency.place=Sóc Trăng',
      'letter.number=125/TB-SXD',
      'letter.date=ngày 05 tháng 3 năm 2026',
      'letter.copyTo=Trung tâm IOC tỉnh; UBND Phường 1',
      'signer.title=Giám đốc',
      'signer.name=Trần Văn Bình',
      'report.trackingCode=PAHT-2026-000123',
      'report.receivedDate=ngày 02 tháng 3 năm 2026',
      'report.title=Đèn đường hỏng trên đường Trần Hưng Đạo',
      'report.summary=Hai bóng đèn không sáng.',
      'report.location=Đường Trần Hưng Đạo, Phường 1',
      'reporter.salutation=Ông Nguyễn Văn An',
      'reporter.pronoun=Ông',
      'reporter.name=Nguyễn Văn An',
      'reporter.address=12 Trần Hưng Đạo, Phường 1',
      'reporter.phone=0912345678',
      'reporter.email=nguyenvanan@example.com',
      'reporter.citizenId=094095000123',
      'answer.content=Đã thay bóng đèn.',
      'answer.legalBasis=Nghị định 06/2026/NĐ-CP',
      'answer.attachments=Ảnh 1; Ảnh 2',
      'answer.committedDate=ngày 20 tháng 3 năm 2026',
    ]);
    const identifying = Object.entries(ANSWER_PLACEHOLDERS)
      .filter(([, info]) => info.isIdentifying)
      .map(([name]) => name);
    expect(identifying.every((name) => name.startsWith('reporter.'))).toBe(true);
    expect(identifying).toHaveLength(7);
  });

  it('prints a parent agency in capitals when a tenant adds it to the header', () => {
    const template = cloneAnswerTemplate(SOC_TRANG_ANSWER_TEMPLATE);
    const header = template.blocks[0];
    if (header?.kind === 'header') {
      header.left.unshift({ text: '{{agency.parentName | upper}}', align: 'center' });
    }
    const text = letterOf(
      renderAnswerLetter(template, {
        ...SOC_TRANG_CONTEXT,
        agency: { ...SOC_TRANG_CONTEXT.agency, parentName: 'Ủy ban nhân dân thành phố Cần Thơ' },
      }),
    ).text;
    expect(
      text.startsWith('ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nSỞ XÂY DỰNG\nSố: 125/TB-SXD\n'),
    ).toBe(true);
  });
});

describe('publicVersion: for the public portal', () => {
  const PERSONAL = [
    REPORTER_NAME,
    REPORTER_PHONE,
    REPORTER_ADDRESS,
    REPORTER_EMAIL,
    REPORTER_CITIZEN_ID,
    'Nguyễn',
  ];

  it('Sóc Trăng: "Ông/Bà" stands for the reporter; nothing personal anywhere', () => {
    const letter = letterOf(
      renderAnswerLetter(SOC_TRANG_ANSWER_TEMPLATE, SOC_TRANG_CONTEXT, { publicVersion: true }),
    );
    expect(letter.isPublicVersion).toBe(true);
    const lines = letter.text.split('\n');
    expect(lines).toContain('Kính gửi: Quý Ông/Bà');
    expect(lines).toContain(
      'Sở Xây dựng xin thông báo kết quả xử lý phản ánh của quý Ông/Bà như sau:',
    );
    const everything = JSON.stringify(letter);
    for (const value of PERSONAL) {
      expect(everything).not.toContain(value);
    }
  });

  it('Vĩnh Long: no gender either (Điều 5.4 hides name and address on request)', () => {
    const text = letterOf(
      renderAnswerLetter(VINH_LONG_ANSWER_TEMPLATE, VINH_LONG_CONTEXT, { publicVersion: true }),
    ).text;
    expect(text).toContain('Kính chào: Ông/Bà\n');
    expect(text).toContain('Sau khi nhận được phản ánh của Ông/Bà, Sở Giao thông vận tải');
    expect(text).not.toContain('Trần Thị Bình');
    expect(text).not.toContain('của Bà,');
    expect(text).not.toContain('cám ơn Bà đã');
  });

  it('leaves out lines that print an identifying value, keeps the rest', () => {
    const lines = letterOf(
      renderAnswerLetter(detailedTemplate(), SOC_TRANG_CONTEXT, { publicVersion: true }),
    ).text.split('\n');
    expect(lines.some((line) => line.startsWith('Phản ánh số'))).toBe(false);
    expect(lines.some((line) => line.startsWith('Địa chỉ:'))).toBe(false);
    expect(lines.some((line) => line.startsWith('Thư điện tử:'))).toBe(false);
    expect(lines.some((line) => line.startsWith('Số định danh:'))).toBe(false);
    expect(lines).toContain('Địa điểm: Đường Trần Hưng Đạo, Phường 1');
    expect(JSON.stringify(lines)).not.toMatch(/Nguyễn|0912|094095|example\.com|12 Trần/u);
  });

  it('does not refuse for a missing identifying value it would not print anyway', () => {
    const result = renderAnswerLetter(
      detailedTemplate(),
      { ...SOC_TRANG_CONTEXT, reporter: { kind: 'person' } },
      { publicVersion: true },
    );
    expect(result.ok).toBe(true);
  });

  it('masks the reporter written into the answer, the summary or a recipient', () => {
    const letter = letterOf(
      renderAnswerLetter(
        SOC_TRANG_ANSWER_TEMPLATE,
        {
          ...SOC_TRANG_CONTEXT,
          letter: { ...SOC_TRANG_CONTEXT.letter, copyTo: ['Ông Nguyễn Văn An (để biết)'] },
          answer: {
            content:
              'Theo phản ánh của ông NGUYỄN VĂN AN (ĐT 0912 345 678, +84912345678; CCCD 094 095 000 123; nguyenvanan@example.com), ở 12 Trần Hưng Đạo, Phường 1: đã xử lý. Số 09123456789 không phải của ông.',
          },
        },
        { publicVersion: true },
      ),
    );
    expect(letter.text).toContain(
      'Theo phản ánh của ông *** (ĐT ***, ***; CCCD ***; ***), ở ***: đã xử lý. Số 09123456789 không phải của ông.',
    );
    expect(letter.text).toContain('\n- Ông *** (để biết);\n');
  });

  it('is the same as the private letter when the form has no personal data (Khánh Hòa)', () => {
    const context = { ...SOC_TRANG_CONTEXT, answer: { content: 'Đã xử lý xong.' } };
    const publicLetter = letterOf(
      renderAnswerLetter(KHANH_HOA_ANSWER_TEMPLATE, context, { publicVersion: true }),
    );
    const privateLetter = letterOf(renderAnswerLetter(KHANH_HOA_ANSWER_TEMPLATE, context));
    expect(publicLetter.text).toBe(privateLetter.text);
  });
});

describe('Unicode NFC', () => {
  it('gives NFC text for NFD template and values (macOS, Unikey "tổ hợp", PDF copy)', () => {
    const nfd = (text: string) => text.normalize('NFD');
    const template = cloneAnswerTemplate(VINH_LONG_ANSWER_TEMPLATE);
    template.blocks = template.blocks.map((block) =>
      block.kind === 'paragraph'
        ? { ...block, lines: block.lines.map((line) => ({ ...line, text: nfd(line.text) })) }
        : block,
    );
    const context = {
      ...VINH_LONG_CONTEXT,
      agency: { name: nfd('Sở Giao thông vận tải') },
      reporter: { kind: 'person' as const, honorific: 'ms' as const, name: nfd('Trần Thị Bình') },
      answer: { content: nfd('Đã nạo vét cống; mặt đường hết ngập.') },
    };
    const letter = letterOf(renderAnswerLetter(template, context));
    const expected = letterOf(
      renderAnswerLetter(VINH_LONG_ANSWER_TEMPLATE, {
        ...VINH_LONG_CONTEXT,
        answer: { content: 'Đã nạo vét cống; mặt đường hết ngập.' },
      }),
    );
    expect(nfd('Trần')).not.toBe('Trần');
    expect(letter.text).toBe(letter.text.normalize('NFC'));
    expect(letter.text).toBe(expected.text);
    expect(letter.text.split('\n')).toContain('Kính chào: Bà Trần Thị Bình');
    for (const block of letter.blocks) {
      const json = JSON.stringify(block);
      expect(json).toBe(json.normalize('NFC'));
    }
  });
});
