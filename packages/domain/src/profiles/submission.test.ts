import { describe, expect, it } from 'vitest';
import { submitReportSchema } from '../schemas/submit-report';
import { PROFILES } from './registry';
import { submitReportOptions } from './rules';
import type { ProfileId } from './types';

// 10:00 in Viet Nam on 5 March 2026.
const NOW = new Date('2026-03-05T03:00:00Z');

function validate(id: ProfileId, input: unknown): Record<string, string> {
  const profile = PROFILES[id];
  const result = submitReportSchema(
    profile.reporter,
    submitReportOptions(profile, { now: NOW }),
  ).safeParse(input);
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) {
    errors[issue.path.join('.')] = issue.message;
  }
  return errors;
}

const report = {
  title: 'Đèn đường hỏng',
  content: 'Đèn đường trước nhà số 12 Trần Phú bị hỏng ba ngày nay, buổi tối rất tối.',
  location: { latitude: 12.2388, longitude: 109.1967 },
  incidentAt: '2026-03-02T19:30:00+07:00',
};
const person = {
  name: 'Nguyễn Văn An',
  phone: '0905 123 456',
  address: 'Số 12 Trần Phú, Nha Trang',
};

describe('a submission validated with the real profiles (submitReportOptions)', () => {
  it('Khánh Hòa Điều 5.2–5.3: a mobile phone and Vietnamese with diacritics', () => {
    expect(validate('khanh-hoa-2022', { reporter: person, ...report })).toEqual({});
    expect(
      validate('khanh-hoa-2022', {
        reporter: { ...person, phone: '0258 3822 123' },
        ...report,
        content: 'Den duong truoc nha so 12 Tran Phu bi hong ba ngay nay',
      }),
    ).toEqual({ 'reporter.phone': 'phone.mobile_required', content: 'content.no_diacritics' });
  });

  it('Sóc Trăng Điều 4.2, 4.5: the citizen ID and consent to use personal data; Điều 4.3: the time may be left out', () => {
    const { incidentAt: _time, ...withoutTime } = report;
    expect(validate('soc-trang-2024', { reporter: person, ...withoutTime })).toEqual({
      'reporter.citizenId': 'required',
      consent: 'consent.data_processing_required',
    });
    expect(
      validate('soc-trang-2024', {
        reporter: { ...person, citizenId: '094195004321' },
        consent: { dataProcessing: true },
        ...withoutTime,
      }),
    ).toEqual({});
  });

  it('Vĩnh Long Điều 5.3: name and phone are enough; the text need not carry diacritics', () => {
    expect(
      validate('vinh-long-2020', {
        reporter: { name: 'Tran Van B', phone: '0939123456' },
        ...report,
        content: 'Den duong truoc nha so 12 Tran Phu bi hong ba ngay nay',
      }),
    ).toEqual({});
  });

  it('Kon Tum mục I.4 and Hòa Bình Điều 6.c: the e-mail address is required', () => {
    const { location: _place, incidentAt: _time, ...procedure } = report;
    expect(validate('kon-tum-dvcqg', { reporter: person, ...procedure })).toEqual({
      'reporter.email': 'required',
    });
    expect(validate('hoa-binh-1022', { reporter: person, ...procedure })).toEqual({
      'reporter.email': 'required',
    });
    expect(
      validate('hoa-binh-1022', {
        reporter: { ...person, email: 'an@example.vn' },
        ...procedure,
      }),
    ).toEqual({});
  });
});
