import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { VALIDATION_MESSAGES } from './messages';
import { PROFILE_FIXTURES } from './reporter-requirements.fixture';
import { submitReportSchema } from './submit-report';
import type { SubmitReport, SubmitReportOptions } from './submit-report';
import type { ReporterRequirements } from './reporter-requirements';
import { omitBlankFields } from './text-fields';

// 10:00 in Viet Nam on 5 March 2026.
const NOW = new Date('2026-03-05T03:00:00Z');

const { khanhHoa, konTum, socTrang, hoaBinh, vinhLong } = PROFILE_FIXTURES;

function schemaFor(
  profile: { requirements: ReporterRequirements; options: SubmitReportOptions },
  extra: SubmitReportOptions = {},
) {
  return submitReportSchema(profile.requirements, { ...profile.options, now: NOW, ...extra });
}

/** The catalogue keys of the issues, by dotted path; every key must be in the catalogue. */
function errorsOf(result: { error?: z.ZodError }): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) {
    expect(Object.keys(VALIDATION_MESSAGES)).toContain(issue.message);
    errors[issue.path.join('.')] = issue.message;
  }
  return errors;
}

const streetLight = {
  title: 'Đèn đường hỏng',
  content: 'Đèn đường trước nhà số 12 Trần Phú bị hỏng ba ngày nay, buổi tối rất tối.',
  location: { latitude: 12.2388, longitude: 109.1967, address: 'Số 12 Trần Phú, Nha Trang' },
  incidentAt: '2026-03-02T19:30:00+07:00',
};

const khanhHoaReporter = {
  name: 'Nguyễn Văn An',
  phone: '0905 123 456',
  address: 'Số 12 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa',
};

describe('submitReportSchema: Khánh Hòa (Điều 5)', () => {
  const schema = schemaFor(khanhHoa);

  it('accepts a complete report and normalises it', () => {
    const result = schema.parse({
      reporter: { ...khanhHoaReporter, name: '  Nguyễn   Văn An '.normalize('NFD') },
      ...streetLight,
      content: `${streetLight.content}\r\n\r\n\r\nXin cảm ơn.`,
    });
    expect(result.reporter).toEqual({
      name: 'Nguyễn Văn An',
      phone: '0905123456',
      address: 'Số 12 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa',
      language: 'vi',
    });
    expect(result.content).toBe(`${streetLight.content}\n\nXin cảm ơn.`);
    expect(result).toMatchObject({
      kind: 'report',
      channel: 'web',
      isConfidential: false,
      isIdentityHidden: false,
      consent: { publicIdentity: false, dataProcessing: false },
    });
  });

  it('requires name, address, a mobile phone, the place and the time', () => {
    expect(errorsOf(schema.safeParse({ reporter: {}, title: 'Cây đổ', content: 'x' }))).toEqual({
      'reporter.name': 'required',
      'reporter.phone': 'required',
      'reporter.address': 'required',
      content: 'content.too_short',
      location: 'location.required',
      incidentAt: 'required',
    });
    const landline = { ...khanhHoaReporter, phone: '0258 3822 123' };
    expect(errorsOf(schema.safeParse({ reporter: landline, ...streetLight }))).toEqual({
      'reporter.phone': 'phone.mobile_required',
    });
  });

  it('asks for Vietnamese with diacritics (Điều 5.2), along with the other mistakes', () => {
    const result = schema.safeParse({
      reporter: { ...khanhHoaReporter, phone: '12345' },
      ...streetLight,
      content: 'Den duong truoc nha so 12 Tran Phu bi hong ba ngay nay',
    });
    expect(errorsOf(result)).toEqual({
      'reporter.phone': 'phone.invalid',
      content: 'content.no_diacritics',
    });
  });

  it('does not ask an English-speaking reporter for diacritics', () => {
    const result = schema.safeParse({
      reporter: { ...khanhHoaReporter, language: 'en' },
      ...streetLight,
      content: 'The street light in front of 12 Tran Phu has been broken for three days.',
    });
    expect(result.success).toBe(true);
  });

  it('drops a citizen ID the profile does not collect', () => {
    const result = schema.parse({
      reporter: { ...khanhHoaReporter, citizenId: '056195001234' },
      ...streetLight,
    });
    expect(result.reporter).not.toHaveProperty('citizenId');
  });
});

describe('submitReportSchema: Sóc Trăng (Điều 4)', () => {
  const schema = schemaFor(socTrang);
  const reporter = {
    name: 'Trần Thị Bích Ngọc',
    phone: '+84 939 123 456',
    address: 'Số 45 Lê Lợi, phường Sóc Trăng, TP Cần Thơ',
    citizenId: '094195004321',
  };
  const flooding = {
    title: 'Ngập nước sau mưa',
    content: 'Đường Lê Lợi ngập sâu khoảng 30 cm sau cơn mưa chiều nay, xe máy chết máy nhiều.',
    location: { latitude: 9.6025, longitude: 105.9739 },
  };

  it('requires the citizen ID (4.2) and consent to use personal data (4.5)', () => {
    const { citizenId: _omitted, ...withoutId } = reporter;
    expect(errorsOf(schema.safeParse({ reporter: withoutId, ...flooding }))).toEqual({
      'reporter.citizenId': 'required',
      consent: 'consent.data_processing_required',
    });
    const refused = { reporter, consent: { dataProcessing: false }, ...flooding };
    expect(errorsOf(schema.safeParse(refused))).toEqual({
      'consent.dataProcessing': 'consent.data_processing_required',
    });
  });

  it('accepts a complete report; the time is optional ("có thể", 4.3)', () => {
    const result = schema.parse({
      reporter,
      consent: { dataProcessing: true, publicIdentity: true },
      ...flooding,
    });
    expect(result.reporter.phone).toBe('0939123456');
    expect(result.consent).toEqual({ dataProcessing: true, publicIdentity: true });
    expect(result.incidentAt).toBeUndefined();
  });

  it('refuses an invalid citizen ID', () => {
    const result = schema.safeParse({
      reporter: { ...reporter, citizenId: '003195004321' },
      consent: { dataProcessing: true },
      ...flooding,
    });
    expect(errorsOf(result)).toEqual({ 'reporter.citizenId': 'citizen_id.invalid' });
  });
});

describe('submitReportSchema: Vĩnh Long (Điều 5)', () => {
  const schema = schemaFor(vinhLong);
  const garbage = {
    title: 'Rác thải tồn đọng',
    content: 'Rác thải tồn đọng nhiều ngày ở đầu hẻm 30 đường Phạm Thái Bường, bốc mùi hôi.',
    location: { address: 'Hẻm 30 Phạm Thái Bường, phường Thanh Đức, tỉnh Vĩnh Long' },
    incidentAt: '2026-03-05T07:15:00+07:00',
  };

  it('needs only a name and a phone; the reporter may hide name and address', () => {
    const result = schema.parse({
      reporter: { name: 'Lê Văn Tâm', phone: '0704 567 890' },
      isIdentityHidden: true,
      ...garbage,
    });
    expect(result.reporter).toEqual({ name: 'Lê Văn Tâm', phone: '0704567890', language: 'vi' });
    expect(result.isIdentityHidden).toBe(true);
  });

  it('requires name and phone, the place and the time', () => {
    expect(
      errorsOf(schema.safeParse({ reporter: {}, title: 'Rác thải', content: 'x'.repeat(30) })),
    ).toMatchObject({
      'reporter.name': 'required',
      'reporter.phone': 'required',
      location: 'location.required',
      incidentAt: 'required',
    });
    const nowhere = { ...garbage, location: {} };
    const result = schema.safeParse({
      reporter: { name: 'Lê Văn Tâm', phone: '0704567890' },
      ...nowhere,
    });
    expect(errorsOf(result)).toEqual({ location: 'location.required' });
  });
});

describe('submitReportSchema: Kon Tum and Hòa Bình', () => {
  const reporter = {
    name: 'Phạm Minh Đức',
    phone: '0260 3797 799',
    address: 'Tổ 3, phường Quyết Thắng, Kon Tum',
  };
  const procedure = {
    title: 'Thủ tục cấp phép xây dựng',
    content: 'Hồ sơ cấp giấy phép xây dựng nộp ngày 10/2 đã quá hạn nhưng chưa có kết quả.',
  };

  it('Kon Tum requires the e-mail too (QĐ 31/2021 Art. 41); place and time are optional', () => {
    expect(errorsOf(schemaFor(konTum).safeParse({ reporter, ...procedure }))).toEqual({
      'reporter.email': 'required',
    });
    const ok = schemaFor(konTum).parse({
      reporter: { ...reporter, email: 'duc.pm@gmail.com' },
      ...procedure,
    });
    expect(ok.location).toBeUndefined();
  });

  it('Hòa Bình takes inquiries, feedback, recommendations and delivery requests (Điều 4, 8.2)', () => {
    const schema = schemaFor(hoaBinh);
    for (const kind of ['inquiry', 'feedback', 'recommendation', 'delivery_request'] as const) {
      const result = schema.safeParse({
        reporter: { ...reporter, email: 'duc.pm@gmail.com' },
        kind,
        ...procedure,
      });
      expect(result.success).toBe(true);
    }
    const wrongKind = schema.safeParse({ reporter, kind: 'complaint', ...procedure });
    expect(errorsOf(wrongKind)).toMatchObject({ kind: 'option.invalid' });
  });
});

describe('submitReportSchema: operator entry and time checks', () => {
  const operator = schemaFor(hoaBinh, { mode: 'operator' });
  const call = {
    reporter: {
      name: 'Bùi Thị Hoa',
      phone: '0912 345 678',
      address: 'Xóm Mỗ, xã Hòa Bình, tỉnh Phú Thọ',
      email: 'hoa.bt@gmail.com',
    },
    kind: 'inquiry',
    title: 'Hỏi lệ phí cấp đổi giấy phép lái xe',
    content: 'Công dân hỏi lệ phí và thời gian cấp đổi giấy phép lái xe ô tô hạng B.',
    channel: 'hotline',
    receivedAt: '2026-03-05T09:40:00+07:00',
  };

  it('takes any channel and requires the time it was received', () => {
    expect(operator.parse(call).channel).toBe('hotline');
    const { channel: _c, receivedAt: _r, ...bare } = call;
    expect(errorsOf(operator.safeParse(bare))).toEqual({
      channel: 'required',
      receivedAt: 'required',
    });
  });

  it('refuses a received time in the future and an incident after the receipt', () => {
    expect(
      errorsOf(operator.safeParse({ ...call, receivedAt: '2026-03-05T10:30:00+07:00' })),
    ).toEqual({ receivedAt: 'datetime.in_future' });
    expect(
      errorsOf(operator.safeParse({ ...call, incidentAt: '2026-03-05T09:55:00+07:00' })),
    ).toEqual({ incidentAt: 'incident_at.after_received' });
    expect(errorsOf(operator.safeParse({ ...call, receivedAt: '5/3/2026 9:40' }))).toEqual({
      receivedAt: 'datetime.invalid',
    });
  });

  it('lets a citizen name only the web portal or the app, and never a received time', () => {
    const citizen = schemaFor(hoaBinh);
    expect(errorsOf(citizen.safeParse({ ...call, channel: 'hotline' }))).toEqual({
      channel: 'option.invalid',
    });
    const { channel: _c, ...viaWeb } = call;
    const result = citizen.parse(viaWeb);
    expect(result.channel).toBe('web');
    expect(result).not.toHaveProperty('receivedAt');
  });

  it('allows a few minutes of clock skew and reads a clock function at validation time', () => {
    let now = NOW;
    const schema = submitReportSchema(vinhLong.requirements, { now: () => now });
    const report = {
      reporter: { name: 'Lê Văn Tâm', phone: '0704567890' },
      title: 'Cây xanh đổ',
      content: 'Cây xanh ngã đổ chắn ngang đường Phạm Hùng, xe không qua được.',
      location: { latitude: 10.2537, longitude: 105.9722 },
      incidentAt: '2026-03-05T10:03:00+07:00', // 3 minutes ahead of NOW
    };
    expect(schema.safeParse(report).success).toBe(true);
    expect(
      errorsOf(schema.safeParse({ ...report, incidentAt: '2026-03-05T10:06:00+07:00' })),
    ).toEqual({
      incidentAt: 'datetime.in_future',
    });
    now = new Date('2026-03-05T03:10:00Z');
    expect(schema.safeParse({ ...report, incidentAt: '2026-03-05T10:06:00+07:00' }).success).toBe(
      true,
    );
  });
});

describe('submitReportSchema: location', () => {
  const schema = schemaFor(vinhLong);
  const base = {
    reporter: { name: 'Lê Văn Tâm', phone: '0704567890' },
    title: 'Sạt lở bờ sông',
    content: 'Bờ sông Cổ Chiên sạt lở khoảng 20 mét, đe dọa nhà dân gần đó.',
    incidentAt: '2026-03-04T16:00:00+07:00',
  };

  it.each([
    [{ latitude: 10.25 }, { 'location.longitude': 'coordinates.incomplete' }],
    [
      { latitude: 13.7563, longitude: 100.5018 },
      { 'location.longitude': 'coordinates.outside_vietnam' },
    ],
    [{ latitude: 14, longitude: 114 }, { 'location.latitude': 'coordinates.outside_vietnam' }],
    [
      { latitude: 10.25, longitude: 105.97, areaCode: 'phường 1' },
      { 'location.areaCode': 'code.invalid' },
    ],
  ])('%j → %j', (location, expected) => {
    expect(errorsOf(schema.safeParse({ ...base, location }))).toEqual(expected);
  });

  it('accepts a point on Trường Sa or Hoàng Sa', () => {
    for (const location of [
      { latitude: 8.6447, longitude: 111.92 },
      { latitude: 16.834, longitude: 112.34 },
    ]) {
      expect(schema.safeParse({ ...base, location }).success).toBe(true);
    }
  });
});

describe('submitReportSchema: forms and JSON Schema', () => {
  it('accepts a form after omitBlankFields removed its empty inputs', () => {
    const form = {
      reporter: { name: 'Lê Văn Tâm', phone: '0704567890', email: '', address: ' ' },
      title: 'Đèn tín hiệu giao thông hỏng',
      content: 'Đèn tín hiệu ở ngã tư Phạm Thái Bường – Hoàng Thái Hiếu không sáng.',
      location: { address: 'Ngã tư Phạm Thái Bường – Hoàng Thái Hiếu', areaCode: '' },
      incidentAt: '2026-03-05T06:30:00+07:00',
      fieldCode: '',
    };
    expect(schemaFor(vinhLong).safeParse(form).success).toBe(false);
    expect(schemaFor(vinhLong).safeParse(omitBlankFields(form)).success).toBe(true);
  });

  it('is representable as JSON Schema, with each profile required fields', () => {
    const required = (profile: {
      requirements: ReporterRequirements;
      options: SubmitReportOptions;
    }) => {
      const json = z.toJSONSchema(schemaFor(profile), { io: 'input', unrepresentable: 'throw' });
      const reporter = (json.properties?.reporter ?? {}) as {
        required?: string[];
        properties?: object;
      };
      return {
        top: json.required,
        reporter: reporter.required,
        collects: Object.keys(reporter.properties ?? {}),
      };
    };
    expect(required(socTrang)).toEqual({
      top: ['reporter', 'consent', 'title', 'content', 'location'],
      reporter: ['name', 'phone', 'address', 'citizenId'],
      collects: ['name', 'phone', 'email', 'address', 'citizenId', 'language'],
    });
    expect(required(vinhLong)).toEqual({
      top: ['reporter', 'title', 'content', 'location', 'incidentAt'],
      reporter: ['name', 'phone'],
      collects: ['name', 'phone', 'email', 'address', 'language'],
    });
    expect(required(khanhHoa).reporter).toEqual(['name', 'phone', 'address']);
    expect(required(konTum).reporter).toEqual(['name', 'phone', 'email', 'address']);
  });

  it('has the widest static type: every reporter detail optional', () => {
    expectTypeOf<SubmitReport['reporter']['citizenId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SubmitReport['reporter']['language']>().toEqualTypeOf<'vi' | 'en'>();
    expectTypeOf<SubmitReport['consent']>().toEqualTypeOf<{
      publicIdentity: boolean;
      dataProcessing: boolean;
    }>();
    expectTypeOf<SubmitReport['kind']>().toEqualTypeOf<
      'report' | 'inquiry' | 'feedback' | 'recommendation' | 'delivery_request'
    >();
  });
});
