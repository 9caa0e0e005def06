import { EMERGENCY_FIELD, URBAN_INFRASTRUCTURE_FIELDS } from './demo-fields';
import type { DemoAgencyAccounts, DemoProvince, DemoUnitSeed } from './demo.types';

/**
 * The five demo tenants: one per seed regulation profile, each named as its province is today
 * (Nghị quyết 202/2025/QH15, in force 1 July 2025). Utility and central-agency names are modelled
 * on the real companies and offices of the province; they are demo data, not a directory.
 */

/** Departments whose staff get a specialist and a leader account in every tenant. */
const DEPARTMENT_ACCOUNTS: DemoAgencyAccounts[] = [
  { unit: 'van-phong-ubnd', prefix: 'vp' },
  { unit: 'so-xay-dung', prefix: 'xd' },
  { unit: 'so-nong-nghiep-moi-truong', prefix: 'nnmt' },
  { unit: 'so-khoa-hoc-cong-nghe', prefix: 'khcn' },
  { unit: 'so-cong-thuong', prefix: 'ct' },
  { unit: 'so-y-te', prefix: 'yt' },
  { unit: 'so-van-hoa-the-thao-du-lich', prefix: 'vhttdl' },
];

/** The same with a second specialist at Sở Xây dựng: outside Khánh Hòa an agency may have several. */
const DEPARTMENT_ACCOUNTS_WITH_TEAM: DemoAgencyAccounts[] = DEPARTMENT_ACCOUNTS.map((a) =>
  a.unit === 'so-xay-dung' ? { ...a, extraSpecialists: 1 } : a,
);

function utility(code: string, name: string, shortName: string): DemoUnitSeed {
  return { code, name, shortName, kind: 'utility', parent: null };
}

function centralAgency(code: string, name: string, shortName: string): DemoUnitSeed {
  return { code, name, shortName, kind: 'central_agency', parent: null };
}

/** Công an, VNPT and Viettel: the central agencies every province has. */
function centralAgencies(unitWord: string, placeName: string): DemoUnitSeed[] {
  return [
    centralAgency('cong-an', `Công an ${unitWord} ${placeName}`, `Công an ${unitWord}`),
    centralAgency('vnpt', `Viễn thông ${placeName} (VNPT ${placeName})`, `VNPT ${placeName}`),
    centralAgency(
      'viettel',
      `Viettel ${placeName} - Chi nhánh Tập đoàn Công nghiệp - Viễn thông Quân đội`,
      `Viettel ${placeName}`,
    ),
  ];
}

const NO_FAST_TRACK: DemoProvince['fastTracks'] = {};

/** Khánh Hòa, QĐ 18/2022/QĐ-UBND; Ninh Thuận merged into it. */
const KHANH_HOA: DemoProvince = {
  tenantCode: 'khanh-hoa',
  name: 'Tỉnh Khánh Hòa',
  profileId: 'khanh-hoa-2022',
  provinceCode: '56',
  unitWord: 'tỉnh',
  placeName: 'Khánh Hòa',
  phoneAreaCode: '0258',
  seatWard: 'phường Nha Trang',
  intakeCenter: {
    code: 'ioc',
    name: 'Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Khánh Hòa',
    shortName: 'IOC Khánh Hòa',
    kind: 'intake_center',
    // It was under Sở Thông tin và Truyền thông, which merged into Sở KH&CN on 1 March 2025.
    parent: 'so-khoa-hoc-cong-nghe',
  },
  // Nha Trang, Bắc Nha Trang, Cam Ranh, Phan Rang (former Ninh Thuận), Diên Khánh.
  communeWardCodes: ['22366', '22333', '22420', '22759', '22651'],
  utilities: [
    utility('dien-luc', 'Công ty Điện lực Khánh Hòa (EVNCPC)', 'Điện lực Khánh Hòa'),
    utility('cap-nuoc', 'Công ty Cấp thoát nước Khánh Hòa', 'Cấp thoát nước Khánh Hòa'),
    utility('moi-truong-do-thi', 'Công ty Môi trường đô thị Nha Trang', 'Môi trường đô thị'),
  ],
  centralAgencies: centralAgencies('tỉnh', 'Khánh Hòa'),
  // Điều 10 step 3 asks for a temporary fix within one working day: only the operator of the
  // network can do that, so infrastructure incidents go straight to the utility. Telecom stays
  // with Sở KH&CN, which coordinates the several carriers.
  fieldAgencies: {
    dien: 'dien-luc',
    'cap-thoat-nuoc': 'cap-nuoc',
    'chieu-sang': 'moi-truong-do-thi',
    'cay-xanh': 'moi-truong-do-thi',
  },
  fastTracks: Object.fromEntries(
    URBAN_INFRASTRUCTURE_FIELDS.map((code) => [code, 'urban_infrastructure' as const]),
  ),
  extraFields: [],
  // Điều 2.3: exactly one leader and one specialist account per agency.
  agencyAccounts: [
    ...DEPARTMENT_ACCOUNTS,
    { unit: 'ubnd-phuong-nha-trang', prefix: 'nhatrang' },
    { unit: 'ubnd-phuong-phan-rang', prefix: 'phanrang' },
    { unit: 'dien-luc', prefix: 'dienluc' },
    { unit: 'cap-nuoc', prefix: 'capnuoc' },
    { unit: 'moi-truong-do-thi', prefix: 'moitruong' },
  ],
};

/** Kon Tum guidance on PAKN through the national portal (DVCQG); Kon Tum merged into Quảng Ngãi. */
const QUANG_NGAI: DemoProvince = {
  tenantCode: 'quang-ngai',
  name: 'Tỉnh Quảng Ngãi',
  profileId: 'kon-tum-dvcqg',
  provinceCode: '51',
  unitWord: 'tỉnh',
  placeName: 'Quảng Ngãi',
  phoneAreaCode: '0255',
  seatWard: 'phường Cẩm Thành',
  intakeCenter: {
    code: 'tt-phuc-vu-hcc',
    name: 'Trung tâm Phục vụ hành chính công tỉnh Quảng Ngãi',
    shortName: 'TT PVHCC Quảng Ngãi',
    kind: 'intake_center',
    // The Kon Tum guidance has the Văn phòng UBND tỉnh receive and classify.
    parent: 'van-phong-ubnd',
  },
  // Cẩm Thành, Nghĩa Lộ, Kon Tum (former Kon Tum province), Măng Đen, Đặc khu Lý Sơn.
  communeWardCodes: ['21025', '21028', '23293', '23473', '21548'],
  utilities: [
    utility('dien-luc', 'Công ty Điện lực Quảng Ngãi (EVNCPC)', 'Điện lực Quảng Ngãi'),
    utility('cap-nuoc', 'Công ty Cấp thoát nước Quảng Ngãi', 'Cấp thoát nước Quảng Ngãi'),
    utility('moi-truong-do-thi', 'Công ty Môi trường đô thị Quảng Ngãi', 'Môi trường đô thị'),
  ],
  centralAgencies: centralAgencies('tỉnh', 'Quảng Ngãi'),
  fieldAgencies: {},
  fastTracks: NO_FAST_TRACK,
  extraFields: [],
  // The profile's scope is administrative regulations and procedures (TTHC) only.
  activeFields: ['thu-tuc-hanh-chinh'],
  agencyAccounts: [
    ...DEPARTMENT_ACCOUNTS_WITH_TEAM,
    { unit: 'so-tu-phap', prefix: 'tp' },
    { unit: 'ubnd-phuong-cam-thanh', prefix: 'camthanh' },
    { unit: 'ubnd-phuong-kon-tum', prefix: 'kontum' },
  ],
};

/** Sóc Trăng draft regulation 2024 (IOC, 1022, emergencies); Sóc Trăng merged into Cần Thơ. */
const CAN_THO: DemoProvince = {
  tenantCode: 'can-tho',
  name: 'Thành phố Cần Thơ',
  profileId: 'soc-trang-2024',
  provinceCode: '92',
  unitWord: 'thành phố',
  placeName: 'Cần Thơ',
  phoneAreaCode: '0292',
  seatWard: 'phường Ninh Kiều',
  intakeCenter: {
    code: 'ioc',
    name: 'Trung tâm Giám sát, điều hành đô thị thông minh thành phố Cần Thơ',
    shortName: 'IOC Cần Thơ',
    kind: 'intake_center',
    parent: 'so-khoa-hoc-cong-nghe',
    phone: '1022',
  },
  // Ninh Kiều, Cái Răng, Sóc Trăng (former Sóc Trăng), Vị Thanh (former Hậu Giang), Kế Sách.
  communeWardCodes: ['31135', '31186', '31507', '31321', '31528'],
  utilities: [
    utility('dien-luc', 'Công ty Điện lực Cần Thơ (EVNSPC)', 'Điện lực Cần Thơ'),
    utility('cap-nuoc', 'Công ty Cấp thoát nước Cần Thơ', 'Cấp thoát nước Cần Thơ'),
    utility('moi-truong-do-thi', 'Công ty Công trình đô thị Cần Thơ', 'Công trình đô thị'),
  ],
  centralAgencies: centralAgencies('thành phố', 'Cần Thơ'),
  fieldAgencies: {},
  fastTracks: NO_FAST_TRACK,
  extraFields: [EMERGENCY_FIELD],
  agencyAccounts: [
    ...DEPARTMENT_ACCOUNTS_WITH_TEAM,
    { unit: 'ubnd-phuong-ninh-kieu', prefix: 'ninhkieu' },
    { unit: 'ubnd-phuong-soc-trang', prefix: 'soctrang' },
    { unit: 'cong-an', prefix: 'congan' },
    { unit: 'dien-luc', prefix: 'dienluc' },
  ],
};

/** Hòa Bình public-administration call center 1022 (2019); Hòa Bình merged into Phú Thọ. */
const PHU_THO: DemoProvince = {
  tenantCode: 'phu-tho',
  name: 'Tỉnh Phú Thọ',
  profileId: 'hoa-binh-1022',
  provinceCode: '25',
  unitWord: 'tỉnh',
  placeName: 'Phú Thọ',
  phoneAreaCode: '0210',
  seatWard: 'phường Việt Trì',
  intakeCenter: {
    code: 'tt-phuc-vu-hcc',
    name: 'Trung tâm Phục vụ hành chính công tỉnh Phú Thọ (Tổng đài 1022)',
    shortName: 'Tổng đài 1022 Phú Thọ',
    kind: 'intake_center',
    parent: 'van-phong-ubnd',
    phone: '1022',
  },
  // Việt Trì, Hòa Bình (former Hòa Bình), Vĩnh Phúc (former Vĩnh Phúc), Phú Thọ, Mai Châu.
  communeWardCodes: ['07900', '04795', '08716', '07942', '05200'],
  utilities: [
    utility('dien-luc', 'Công ty Điện lực Phú Thọ (EVNNPC)', 'Điện lực Phú Thọ'),
    utility('cap-nuoc', 'Công ty Cấp nước Phú Thọ', 'Cấp nước Phú Thọ'),
    utility(
      'moi-truong-do-thi',
      'Công ty Môi trường và Dịch vụ đô thị Việt Trì',
      'Môi trường đô thị',
    ),
  ],
  centralAgencies: [
    ...centralAgencies('tỉnh', 'Phú Thọ'),
    // Hòa Bình hands requests for postal delivery of procedure results to the post office.
    centralAgency('buu-dien', 'Bưu điện tỉnh Phú Thọ', 'Bưu điện tỉnh'),
  ],
  fieldAgencies: {},
  fastTracks: NO_FAST_TRACK,
  extraFields: [],
  agencyAccounts: [
    ...DEPARTMENT_ACCOUNTS_WITH_TEAM,
    { unit: 'ubnd-phuong-viet-tri', prefix: 'viettri' },
    { unit: 'ubnd-phuong-hoa-binh', prefix: 'hoabinh' },
    { unit: 'buu-dien', prefix: 'buudien' },
  ],
  extraOperators: [{ username: 'dienthoaivien' }],
};

/** Vĩnh Long smart-city field reports (QĐ 2408/QĐ-UBND 2020); Bến Tre and Trà Vinh merged in. */
const VINH_LONG: DemoProvince = {
  tenantCode: 'vinh-long',
  name: 'Tỉnh Vĩnh Long',
  profileId: 'vinh-long-2020',
  provinceCode: '86',
  unitWord: 'tỉnh',
  placeName: 'Vĩnh Long',
  phoneAreaCode: '0270',
  seatWard: 'phường Thanh Đức',
  intakeCenter: {
    code: 'ioc',
    name: 'Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Vĩnh Long',
    shortName: 'IOC Vĩnh Long',
    kind: 'intake_center',
    parent: 'so-khoa-hoc-cong-nghe',
  },
  // Thanh Đức, Long Châu, Bến Tre (former Bến Tre), Trà Vinh (former Trà Vinh), Long Hồ.
  communeWardCodes: ['29590', '29551', '28789', '29242', '29602'],
  utilities: [
    utility('dien-luc', 'Công ty Điện lực Vĩnh Long (EVNSPC)', 'Điện lực Vĩnh Long'),
    utility('cap-nuoc', 'Công ty Cấp thoát nước Vĩnh Long', 'Cấp thoát nước Vĩnh Long'),
    utility('moi-truong-do-thi', 'Công ty Công trình công cộng Vĩnh Long', 'Công trình công cộng'),
  ],
  centralAgencies: centralAgencies('tỉnh', 'Vĩnh Long'),
  fieldAgencies: {},
  fastTracks: NO_FAST_TRACK,
  extraFields: [],
  agencyAccounts: [
    ...DEPARTMENT_ACCOUNTS_WITH_TEAM,
    { unit: 'ubnd-phuong-thanh-duc', prefix: 'thanhduc' },
    { unit: 'ubnd-phuong-tra-vinh', prefix: 'travinh' },
  ],
};

export const DEMO_PROVINCES: readonly DemoProvince[] = [
  KHANH_HOA,
  QUANG_NGAI,
  CAN_THO,
  PHU_THO,
  VINH_LONG,
];
