import type { ReporterRequirements } from './reporter-requirements';
import type { SubmitReportOptions } from './submit-report';

/**
 * Test fixture: what each seed asks of a reporter, read from the articles cited. The real profile
 * objects live in `profiles/` (another engineer's); these show that the schema follows them.
 */
export type ProfileFixture = {
  requirements: ReporterRequirements;
  options: SubmitReportOptions;
};

export const PROFILE_FIXTURES = {
  // Điều 5: content, time and place "rõ ràng, chính xác" (5.1); Vietnamese "có dấu" (5.2); name,
  // address, mobile phone, e-mail "nếu có" (5.3).
  khanhHoa: {
    requirements: {
      name: 'required',
      phone: 'required',
      email: 'optional',
      address: 'required',
      citizenId: 'hidden',
      location: 'required',
      incidentTime: 'required',
    },
    options: { isMobilePhoneRequired: true, isDiacriticsRequired: true },
  },
  // Guidance I.4 (QĐ 31/2021/QĐ-TTg Art. 41): name, address, phone and e-mail, all required; the
  // scope is administrative procedures, so place and time are not asked for.
  konTum: {
    requirements: {
      name: 'required',
      phone: 'required',
      email: 'required',
      address: 'required',
      citizenId: 'hidden',
      location: 'optional',
      incidentTime: 'optional',
    },
    options: {},
  },
  // Điều 4.2: name, address, citizen ID, phone, e-mail "nếu có"; 4.3: the place must be clear and
  // precise, the time "có thể" (may) be given; 4.5: consent to use personal data.
  socTrang: {
    requirements: {
      name: 'required',
      phone: 'required',
      email: 'optional',
      address: 'required',
      citizenId: 'required',
      location: 'required',
      incidentTime: 'optional',
    },
    options: { isDataProcessingConsentRequired: true },
  },
  // Điều 6.c: name, address, phone and e-mail; a call centre for administrative procedures.
  hoaBinh: {
    requirements: {
      name: 'required',
      phone: 'required',
      email: 'required',
      address: 'required',
      citizenId: 'hidden',
      location: 'optional',
      incidentTime: 'optional',
    },
    options: {},
  },
  // Điều 5.2: time and place clear and precise; 5.3: name and phone, e-mail not required.
  vinhLong: {
    requirements: {
      name: 'required',
      phone: 'required',
      email: 'optional',
      address: 'optional',
      citizenId: 'hidden',
      location: 'required',
      incidentTime: 'required',
    },
    options: {},
  },
} as const satisfies Record<string, ProfileFixture>;
