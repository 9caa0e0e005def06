import { slug, wardOf } from './demo-areas';
import type { DemoProvince, DemoUnit, DemoUnitSeed } from './demo.types';

/** The root of every tenant's tree: the provincial (or city) People's Committee. */
export const COMMITTEE_CODE = 'ubnd';

/**
 * The twelve departments every province has under Nghị định 45/2025/NĐ-CP (kept by
 * NĐ 150/2025/NĐ-CP), plus Sở Dân tộc và Tôn giáo, one of the optional ones, which all five demo
 * provinces set up in 2025 (they have large ethnic-minority populations). Sở Thông tin và Truyền
 * thông is gone (merged into Sở Khoa học và Công nghệ); Sở Giao thông vận tải is gone (merged into
 * Sở Xây dựng); Sở Tài nguyên và Môi trường and Sở NN&PTNT became Sở Nông nghiệp và Môi trường.
 */
const DEPARTMENTS: { code: string; name: string; shortName: string }[] = [
  { code: 'van-phong-ubnd', name: 'Văn phòng Ủy ban nhân dân', shortName: 'Văn phòng UBND' },
  { code: 'so-noi-vu', name: 'Sở Nội vụ', shortName: 'Sở Nội vụ' },
  { code: 'so-tu-phap', name: 'Sở Tư pháp', shortName: 'Sở Tư pháp' },
  { code: 'so-tai-chinh', name: 'Sở Tài chính', shortName: 'Sở Tài chính' },
  { code: 'so-cong-thuong', name: 'Sở Công Thương', shortName: 'Sở Công Thương' },
  {
    code: 'so-nong-nghiep-moi-truong',
    name: 'Sở Nông nghiệp và Môi trường',
    shortName: 'Sở NN&MT',
  },
  { code: 'so-xay-dung', name: 'Sở Xây dựng', shortName: 'Sở Xây dựng' },
  { code: 'so-khoa-hoc-cong-nghe', name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN' },
  {
    code: 'so-van-hoa-the-thao-du-lich',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    shortName: 'Sở VHTTDL',
  },
  { code: 'so-giao-duc-dao-tao', name: 'Sở Giáo dục và Đào tạo', shortName: 'Sở GD&ĐT' },
  { code: 'so-y-te', name: 'Sở Y tế', shortName: 'Sở Y tế' },
  { code: 'thanh-tra', name: 'Thanh tra', shortName: 'Thanh tra' },
  { code: 'so-dan-toc-ton-giao', name: 'Sở Dân tộc và Tôn giáo', shortName: 'Sở DT&TG' },
];

/** The codes of the twelve departments of NĐ 45/2025 (without the optional Sở Dân tộc và Tôn giáo). */
export const MANDATORY_DEPARTMENT_CODES: readonly string[] = DEPARTMENTS.map((d) => d.code).filter(
  (code) => code !== 'so-dan-toc-ton-giao',
);

/** Unit code of a commune/ward People's Committee: "ubnd-phuong-nha-trang". */
export function communeUnitCode(wardCode: string): string {
  return `ubnd-${slug(wardOf(wardCode).name)}`;
}

/**
 * The whole organisation tree of one demo tenant, parents before children. Utilities and central
 * agencies have no parent: they are not part of the provincial government.
 */
export function buildUnits(province: DemoProvince): DemoUnit[] {
  const place = `${province.unitWord} ${province.placeName}`;
  const seeds: DemoUnitSeed[] = [
    {
      code: COMMITTEE_CODE,
      name: `Ủy ban nhân dân ${place}`,
      shortName: `UBND ${place}`,
      kind: 'provincial_committee',
      parent: null,
    },
    ...DEPARTMENTS.map((d): DemoUnitSeed => ({
      code: d.code,
      // "Văn phòng Ủy ban nhân dân tỉnh X", "Thanh tra tỉnh X", "Sở Y tế tỉnh X".
      name: `${d.name} ${place}`,
      shortName: d.code === 'thanh-tra' ? `Thanh tra ${province.unitWord}` : d.shortName,
      kind: 'department',
      parent: COMMITTEE_CODE,
    })),
    province.intakeCenter,
    ...province.communeWardCodes.map((wardCode): DemoUnitSeed => {
      const ward = wardOf(wardCode);
      const local = ward.name.replace(/^(Phường|Xã|Đặc khu) /, (prefix) => prefix.toLowerCase());
      return {
        code: communeUnitCode(wardCode),
        name: `Ủy ban nhân dân ${local}`,
        shortName: `UBND ${local}`,
        kind: 'commune',
        parent: COMMITTEE_CODE,
      };
    }),
    ...province.utilities,
    ...province.centralAgencies,
  ];
  return seeds.map((seed, index) => toUnit(province, seed, index));
}

function toUnit(province: DemoProvince, seed: DemoUnitSeed, index: number): DemoUnit {
  const { phone, ...unit } = seed;
  const isCommune = unit.kind === 'commune';
  const ward = isCommune ? unit.shortName.replace(/^UBND /, '') : province.seatWard;
  return {
    ...unit,
    contact: {
      // Demo data: numbers whose subscriber part starts with 0 cannot be dialled in Vietnam,
      // and .localhost mail goes nowhere, so a demo install never reaches a real office.
      phone: phone ?? `${province.phoneAreaCode} 0000 ${String(101 + index).padStart(3, '0')}`,
      email: `${unit.code}@${province.tenantCode}.paht.localhost`,
      address: `${capitalise(ward)}, ${province.unitWord} ${province.placeName}`,
    },
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
