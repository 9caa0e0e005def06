import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '../profiles/types';
import {
  ANSWER_TEMPLATES,
  KHANH_HOA_ANSWER_TEMPLATE,
  SOC_TRANG_ANSWER_TEMPLATE,
  VINH_LONG_ANSWER_TEMPLATE,
  getDefaultAnswerTemplate,
} from './annexes';
import { renderAnswerLetter } from './render-letter';
import { KHANH_HOA_CONTEXT, SOC_TRANG_CONTEXT, VINH_LONG_CONTEXT, letterOf } from './test-support';

describe('Sóc Trăng Phụ lục I (Mẫu thông tin kết quả xử lý, Quy chế Điều 8.1)', () => {
  const letter = letterOf(renderAnswerLetter(SOC_TRANG_ANSWER_TEMPLATE, SOC_TRANG_CONTEXT));

  it('reads as the annex, line by line', () => {
    expect(letter.text.split('\n')).toEqual([
      'SỞ XÂY DỰNG',
      'Số: 125/TB-SXD',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Sóc Trăng, ngày 05 tháng 3 năm 2026',
      '',
      'Kính gửi: Quý Ông Nguyễn Văn An',
      '',
      'Sở Xây dựng xin thông báo kết quả xử lý phản ánh của quý Ông Nguyễn Văn An như sau:',
      '',
      'Ngày 04/3/2026, Sở Xây dựng đã phối hợp với Công ty Cổ phần Công trình đô thị thay thế 02 bóng đèn chiếu sáng hư hỏng trên đường Trần Hưng Đạo. Hệ thống chiếu sáng đã hoạt động bình thường.',
      '',
      'Chúng tôi cảm ơn cá nhân/tổ chức và mong tiếp tục nhận được phản ánh.',
      '',
      'Trân trọng./.',
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Trung tâm IOC tỉnh;',
      '- UBND Phường 1;',
      '- Lưu: VT.',
      '',
      'GIÁM ĐỐC',
      'Trần Văn Bình',
    ]);
  });

  it('gives the blocks of a Decree 30 letter: two-column header, recipients, signer', () => {
    expect(letter.title).toBe('Thông tin kết quả xử lý phản ánh hiện trường PAHT-2026-000123');
    expect(letter.blocks.map((block) => block.kind)).toEqual([
      'header',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'recipients',
      'signature',
    ]);
    expect(letter.blocks[0]).toEqual({
      kind: 'header',
      left: [
        { text: 'SỞ XÂY DỰNG', emphasis: 'bold', align: 'center' },
        { text: 'Số: 125/TB-SXD', align: 'center' },
      ],
      right: [
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', emphasis: 'bold', align: 'center' },
        { text: 'Độc lập - Tự do - Hạnh phúc', emphasis: 'bold', align: 'center' },
        { text: 'Sóc Trăng, ngày 05 tháng 3 năm 2026', emphasis: 'italic', align: 'center' },
      ],
    });
    expect(letter.blocks[6]).toEqual({
      kind: 'recipients',
      heading: { text: 'Nơi nhận:', emphasis: 'bold_italic' },
      items: ['Như trên;', 'Trung tâm IOC tỉnh;', 'UBND Phường 1;', 'Lưu: VT.'],
    });
  });

  it('keeps "Nơi nhận" to the annex lines when there is no other recipient, and the signer to the title', () => {
    const text = letterOf(
      renderAnswerLetter(SOC_TRANG_ANSWER_TEMPLATE, {
        ...SOC_TRANG_CONTEXT,
        letter: { ...SOC_TRANG_CONTEXT.letter, copyTo: [] },
        signer: { title: 'KT. Giám đốc' },
      }),
    ).text;
    expect(text.endsWith('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC')).toBe(true);
  });

  it('addresses an organisation by its name', () => {
    const text = letterOf(
      renderAnswerLetter(SOC_TRANG_ANSWER_TEMPLATE, {
        ...SOC_TRANG_CONTEXT,
        reporter: { kind: 'organisation', name: 'Công ty TNHH Minh Phát' },
      }),
    ).text;
    expect(text).toContain('\nKính gửi: Quý Công ty TNHH Minh Phát\n');
    expect(text).toContain('kết quả xử lý phản ánh của quý Công ty TNHH Minh Phát như sau:');
  });
});

describe('Vĩnh Long Phụ lục 2 (Mẫu hiển thị kết quả xử lý, Quy chế Điều 10.1)', () => {
  const letter = letterOf(renderAnswerLetter(VINH_LONG_ANSWER_TEMPLATE, VINH_LONG_CONTEXT));

  it('reads as the annex, line by line', () => {
    expect(letter.title).toBe('Kết quả xử lý phản ánh hiện trường VL-2026-0042');
    expect(letter.text.split('\n')).toEqual([
      'Sở Giao thông vận tải',
      '',
      'Kính chào: Bà Trần Thị Bình',
      '',
      'Sau khi nhận được phản ánh của Bà, Sở Giao thông vận tải đã tiến hành kiểm tra, xử lý và thông báo kết quả như sau:',
      '',
      'Đoạn Quốc lộ 1 qua phường 5 bị ngập do cống thoát nước bị tắc. Đơn vị quản lý đã nạo vét cống ngày 06/02/2026; mặt đường đã hết ngập.',
      '',
      'Đính kèm: Công văn số 45/SGTVT-QLGT ngày 06/02/2026',
      '',
      'Chúng tôi chân thành cám ơn Bà đã kịp thời phản ánh và mong tiếp tục nhận được phản ánh trong thời gian tới.',
      '',
      'Trân trọng!',
    ]);
  });

  it('leaves out the attachment line when nothing is attached ("nếu có")', () => {
    const text = letterOf(
      renderAnswerLetter(VINH_LONG_ANSWER_TEMPLATE, {
        ...VINH_LONG_CONTEXT,
        answer: { content: 'Đã xử lý xong.' },
      }),
    ).text;
    expect(text).not.toContain('Đính kèm');
    expect(text).toContain('như sau:\n\nĐã xử lý xong.\n\nChúng tôi chân thành cám ơn Bà');
  });

  it('says "Ông/Bà" when the honorific is unknown', () => {
    const text = letterOf(
      renderAnswerLetter(VINH_LONG_ANSWER_TEMPLATE, {
        ...VINH_LONG_CONTEXT,
        reporter: { kind: 'person', name: 'Lê Minh Châu' },
      }),
    ).text;
    expect(text).toContain('Kính chào: Ông/Bà Lê Minh Châu\n');
    expect(text).toContain('Sau khi nhận được phản ánh của Ông/Bà, Sở Giao thông vận tải');
  });
});

describe('Khánh Hòa Phụ lục I (Mẫu thông tin kết quả xử lý, Quy chế Điều 7.2.b)', () => {
  const letter = letterOf(renderAnswerLetter(KHANH_HOA_ANSWER_TEMPLATE, KHANH_HOA_CONTEXT));

  it('reads as the annex, line by line, answer paragraphs kept', () => {
    expect(letter.title).toBe('Thông tin kết quả xử lý phản ánh, kiến nghị KH-2026-01234');
    expect(letter.text.split('\n')).toEqual([
      'Kính chào Ông/Bà!',
      '',
      'Phản ánh, kiến nghị của Ông/Bà được cơ quan chức năng trả lời như sau:',
      '',
      'Cây xanh gãy đổ trên đường Trần Phú đã được dọn dẹp trong ngày 30/9/2026.',
      '',
      'Việc trồng lại cây mới sẽ hoàn thành trước ngày 15/10/2026.',
      '',
      'Chân thành cảm ơn phản ánh, kiến nghị của Ông/Bà và mong tiếp tục nhận được phản ánh, kiến nghị trong thời gian tới.',
      '',
      'Trân trọng./.',
      '',
      'Đính kèm: Hình ảnh hiện trường sau khi xử lý; Văn bản số 210/UBND-QLĐT',
    ]);
  });

  it('has no header, number, date or signer: the annex has none', () => {
    expect(letter.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(letter.text).not.toContain('CỘNG HÒA');
  });

  it('needs only the answer (and the tracking code of the title)', () => {
    const minimal = renderAnswerLetter(KHANH_HOA_ANSWER_TEMPLATE, {
      report: { trackingCode: 'KH-1' },
      answer: { content: 'Đã xử lý.' },
    });
    expect(letterOf(minimal).text).toContain('như sau:\n\nĐã xử lý.\n\nChân thành cảm ơn');
  });
});

describe('defaults per profile', () => {
  it.each([
    ['khanh-hoa-2022', KHANH_HOA_ANSWER_TEMPLATE.id],
    ['soc-trang-2024', SOC_TRANG_ANSWER_TEMPLATE.id],
    ['vinh-long-2020', VINH_LONG_ANSWER_TEMPLATE.id],
    // No annex in their regulations: Kon Tum's answers count as paper documents (QĐ 31/2021
    // Điều 42), Hòa Bình answers by phone and message (Điều 8.1): see docs/templates.md.
    ['kon-tum-dvcqg', SOC_TRANG_ANSWER_TEMPLATE.id],
    ['hoa-binh-1022', KHANH_HOA_ANSWER_TEMPLATE.id],
  ] as const)('%s starts from %s', (profileId, templateId) => {
    expect(getDefaultAnswerTemplate(profileId).id).toBe(templateId);
  });

  it('covers every profile, and hands out a copy', () => {
    for (const profileId of PROFILE_IDS) {
      expect(ANSWER_TEMPLATES.map((t) => t.id)).toContain(getDefaultAnswerTemplate(profileId).id);
    }
    const copy = getDefaultAnswerTemplate('soc-trang-2024');
    copy.title = 'Đã sửa';
    const header = copy.blocks[0];
    if (header?.kind === 'header') {
      header.left.pop();
    }
    expect(SOC_TRANG_ANSWER_TEMPLATE.title).not.toBe('Đã sửa');
    expect(getDefaultAnswerTemplate('soc-trang-2024')).toEqual(SOC_TRANG_ANSWER_TEMPLATE);
  });
});
