/**
 * Test-only reports and answers for the answer-letter tests (not exported from the package). The
 * people, agencies and numbers are made up.
 */
import type { AnswerLetterContext } from './letter-context';
import type { RenderAnswerLetterResult, RenderedAnswerLetter } from './types';

/** '2026-03-05 09:00' in Vietnam (UTC+7). */
export function vn(local: string): Date {
  return new Date(`${local.replace(' ', 'T')}:00+07:00`);
}

export const REPORTER_NAME = 'Nguyễn Văn An';
export const REPORTER_PHONE = '0912345678';
export const REPORTER_ADDRESS = '12 Trần Hưng Đạo, Phường 1';
export const REPORTER_EMAIL = 'nguyenvanan@example.com';
export const REPORTER_CITIZEN_ID = '094095000123';

/** A broken street light in Sóc Trăng, answered by the Department of Construction. */
export const SOC_TRANG_CONTEXT: AnswerLetterContext = {
  agency: { name: 'Sở Xây dựng', place: 'Sóc Trăng' },
  letter: {
    issuedAt: vn('2026-03-05 09:00'),
    number: '125/TB-SXD',
    copyTo: ['Trung tâm IOC tỉnh', 'UBND Phường 1'],
  },
  signer: { title: 'Giám đốc', name: 'Trần Văn Bình' },
  report: {
    trackingCode: 'PAHT-2026-000123',
    receivedAt: vn('2026-03-02 08:15'),
    title: 'Đèn đường hỏng trên đường Trần Hưng Đạo',
    location: 'Đường Trần Hưng Đạo, Phường 1',
  },
  reporter: {
    kind: 'person',
    honorific: 'mr',
    name: REPORTER_NAME,
    phone: REPORTER_PHONE,
    address: REPORTER_ADDRESS,
    email: REPORTER_EMAIL,
    citizenId: REPORTER_CITIZEN_ID,
  },
  answer: {
    content:
      'Ngày 04/3/2026, Sở Xây dựng đã phối hợp với Công ty Cổ phần Công trình đô thị thay thế 02 bóng đèn chiếu sáng hư hỏng trên đường Trần Hưng Đạo. Hệ thống chiếu sáng đã hoạt động bình thường.',
  },
};

/** Flooding on a national road in Vĩnh Long, answered by the Department of Transport. */
export const VINH_LONG_CONTEXT: AnswerLetterContext = {
  agency: { name: 'Sở Giao thông vận tải', place: 'Vĩnh Long' },
  letter: { issuedAt: vn('2026-02-09 15:30') },
  report: { trackingCode: 'VL-2026-0042', receivedAt: vn('2026-02-02 07:40') },
  reporter: { kind: 'person', honorific: 'ms', name: 'Trần Thị Bình', phone: '0987654321' },
  answer: {
    content:
      'Đoạn Quốc lộ 1 qua phường 5 bị ngập do cống thoát nước bị tắc. Đơn vị quản lý đã nạo vét cống ngày 06/02/2026; mặt đường đã hết ngập.',
    attachments: ['Công văn số 45/SGTVT-QLGT ngày 06/02/2026'],
  },
};

/** Fallen trees in Nha Trang, with a commitment and photos. */
export const KHANH_HOA_CONTEXT: AnswerLetterContext = {
  agency: { name: 'UBND phường Nha Trang', place: 'Khánh Hòa' },
  letter: { issuedAt: vn('2026-10-01 10:00') },
  report: { trackingCode: 'KH-2026-01234', receivedAt: vn('2026-09-29 20:05') },
  reporter: { kind: 'person', name: 'Lê Minh Châu', phone: '0905111222' },
  answer: {
    content:
      'Cây xanh gãy đổ trên đường Trần Phú đã được dọn dẹp trong ngày 30/9/2026.\n\nViệc trồng lại cây mới sẽ hoàn thành trước ngày 15/10/2026.',
    attachments: ['Hình ảnh hiện trường sau khi xử lý', 'Văn bản số 210/UBND-QLĐT'],
  },
};

/** The letter of a result that must be ok. */
export function letterOf(result: RenderAnswerLetterResult): RenderedAnswerLetter {
  if (!result.ok) {
    throw new Error(`expected a letter, got ${JSON.stringify(result.errors)}`);
  }
  return result.letter;
}
