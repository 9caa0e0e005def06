import type { DemoField, DemoProvince } from './demo.types';

/**
 * The fields (lĩnh vực) of every demo tenant: Vĩnh Long Phụ lục 1 (QĐ 2408/QĐ-UBND 2020) plus
 * Khánh Hòa's urban-infrastructure incidents (QĐ 18/2022/QĐ-UBND Điều 10: điện, cấp thoát nước,
 * cây xanh, chiếu sáng, viễn thông), plus administrative procedures (TTHC) and "other".
 *
 * `agency` maps each Phụ lục 1 row to the department that holds that remit today:
 * Sở TT&TT → Sở KH&CN; Sở NN&PTNT and Sở TN&MT → Sở NN&MT; Sở GTVT → Sở Xây dựng (NĐ 45/2025).
 * Environment/garbage went to the district People's Committee, a level abolished on 1 July 2025;
 * it now belongs to the commune of the place, which no single default can name, so it is null
 * and the intake operator picks the commune.
 */
const COMMON_FIELDS: DemoField[] = (
  [
    [
      'thu-tuc-hanh-chinh',
      'Quy định, thủ tục hành chính',
      'Administrative regulations and procedures',
      'file-text',
      'van-phong-ubnd',
    ],
    ['giao-thong', 'Giao thông - Vận tải', 'Traffic and transport', 'traffic-cone', 'so-xay-dung'],
    ['dien', 'Điện', 'Electricity', 'zap', 'so-cong-thuong'],
    ['cap-thoat-nuoc', 'Cấp, thoát nước', 'Water supply and drainage', 'droplets', 'so-xay-dung'],
    ['chieu-sang', 'Chiếu sáng công cộng', 'Public lighting', 'lightbulb', 'so-xay-dung'],
    ['cay-xanh', 'Cây xanh đô thị', 'Urban trees', 'tree-deciduous', 'so-xay-dung'],
    [
      'vien-thong',
      'Thông tin và Truyền thông (viễn thông, Internet)',
      'Telecommunications and Internet',
      'radio-tower',
      'so-khoa-hoc-cong-nghe',
    ],
    [
      'moi-truong',
      'Môi trường (rác thải, ô nhiễm)',
      'Environment (waste, pollution)',
      'trash-2',
      null,
    ],
    ['tai-nguyen-nuoc', 'Tài nguyên nước', 'Water resources', 'waves', 'so-nong-nghiep-moi-truong'],
    [
      'nong-nghiep',
      'Nông nghiệp - nông thôn',
      'Agriculture and rural development',
      'sprout',
      'so-nong-nghiep-moi-truong',
    ],
    ['suc-khoe', 'Sức khỏe', 'Health', 'heart-pulse', 'so-y-te'],
    ['du-lich', 'Du lịch', 'Tourism', 'map', 'so-van-hoa-the-thao-du-lich'],
    [
      'khoa-hoc-cong-nghe',
      'Khoa học - công nghệ',
      'Science and technology',
      'flask-conical',
      'so-khoa-hoc-cong-nghe',
    ],
    ['khac', 'Lĩnh vực khác', 'Other', 'circle-help', null],
  ] satisfies FieldRow[]
).map(toField);

/** Khánh Hòa Điều 10: the urban-infrastructure incidents that take the fast track. */
export const URBAN_INFRASTRUCTURE_FIELDS: readonly string[] = [
  'dien',
  'cap-thoat-nuoc',
  'cay-xanh',
  'chieu-sang',
  'vien-thong',
];

/** Sóc Trăng Điều 8.6: disaster, fire, accident, theft, robbery, public security. */
export const EMERGENCY_FIELD: DemoField = {
  code: 'khan-cap',
  name: 'Khẩn cấp (thiên tai, cháy nổ, tai nạn, an ninh trật tự)',
  nameEn: 'Emergency (disaster, fire, accident, public security)',
  icon: 'siren',
  sortOrder: 5,
  agency: 'cong-an',
  fastTrack: 'emergency',
  isActive: true,
};

/** The fields of one tenant, with its agency overrides, fast tracks and scope applied. */
export function buildFields(province: DemoProvince): DemoField[] {
  const fields = [...province.extraFields, ...COMMON_FIELDS].map((common): DemoField => {
    const agency =
      common.code in province.fieldAgencies ? province.fieldAgencies[common.code] : common.agency;
    return {
      ...common,
      agency: agency ?? null,
      fastTrack: province.fastTracks[common.code] ?? common.fastTrack,
      isActive: province.activeFields ? province.activeFields.includes(common.code) : true,
    };
  });
  return fields.sort((a, b) => a.sortOrder - b.sortOrder);
}

type FieldRow = [code: string, name: string, nameEn: string, icon: string, agency: string | null];

function toField([code, name, nameEn, icon, agency]: FieldRow, index: number): DemoField {
  return {
    code,
    name,
    nameEn,
    icon,
    sortOrder: (index + 1) * 10,
    agency,
    fastTrack: null,
    isActive: true,
  };
}
