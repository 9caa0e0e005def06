import { COMMITTEE_CODE } from './demo-organisation';
import type { DemoAccount, DemoProvince } from './demo.types';

/** Made-up staff names; each tenant starts at a different place in the list. */
const NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Bích Ngọc',
  'Lê Hoàng Nam',
  'Phạm Thị Thu Hà',
  'Hoàng Minh Tuấn',
  'Huỳnh Thị Mỹ Linh',
  'Võ Quốc Bảo',
  'Phan Thị Hồng Nhung',
  'Đặng Đức Thịnh',
  'Bùi Thị Thanh Tâm',
  'Đỗ Văn Hùng',
  'Ngô Thị Kim Oanh',
  'Dương Minh Khoa',
  'Lý Thị Ngọc Ánh',
  'Trương Công Danh',
  'Đinh Thị Lan Anh',
  'Lâm Văn Phước',
  'Mai Thị Hương Giang',
  'Tạ Quang Huy',
  'Châu Thị Diễm My',
  'Hồ Văn Thắng',
  'Vũ Thị Thùy Dung',
  'Nguyễn Đình Khôi',
  'Trần Văn Lộc',
  'Lê Thị Yến Nhi',
  'Phạm Quốc Việt',
  'Thái Thị Minh Châu',
  'Kiều Văn Sơn',
  'Quách Thị Phương Thảo',
  'La Văn Trí',
  'Cao Thị Ngọc Hân',
  'Tô Minh Đức',
  'Nguyễn Thị Hải Yến',
  'Đoàn Văn Khánh',
  'Lưu Thị Mai Phương',
  'Triệu Văn Cường',
];

/**
 * The demo accounts of one tenant: an administrator outside every unit, a supervisor at the
 * People's Committee, operators at the intake center, and a specialist and a leader for each
 * agency of `agencyAccounts` (Khánh Hòa Điều 2.3: exactly one of each there).
 */
export function buildAccounts(province: DemoProvince, tenantIndex: number): DemoAccount[] {
  const intake = province.intakeCenter.code;
  const accounts: Omit<DemoAccount, 'displayName'>[] = [
    { username: 'admin', roles: ['admin'], orgUnit: null },
    { username: 'giamsat', roles: ['supervisor'], orgUnit: COMMITTEE_CODE },
    { username: 'tiepnhan', roles: ['operator'], orgUnit: intake },
    { username: 'tiepnhan2', roles: ['operator'], orgUnit: intake },
    ...(province.extraOperators ?? []).map((o) => ({
      username: o.username,
      roles: ['operator' as const],
      orgUnit: intake,
    })),
  ];
  for (const agency of province.agencyAccounts) {
    const extra = Array.from({ length: agency.extraSpecialists ?? 0 }, (_, i) => i + 2);
    accounts.push(
      { username: `${agency.prefix}.chuyenvien`, roles: ['specialist'], orgUnit: agency.unit },
      ...extra.map((n) => ({
        username: `${agency.prefix}.chuyenvien${n}`,
        roles: ['specialist' as const],
        orgUnit: agency.unit,
      })),
      { username: `${agency.prefix}.lanhdao`, roles: ['leader'], orgUnit: agency.unit },
    );
  }
  return accounts.map((account, index) => ({
    ...account,
    displayName: NAMES[(tenantIndex * 7 + index) % NAMES.length] ?? 'Cán bộ PAHT',
  }));
}
