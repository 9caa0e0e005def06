import type { CalendarDayData, CalendarDayKind, LocalDate } from './types';

/**
 * The civil-service schedules announced for 2025 and 2026 (VIETNAM.md §1.2), as confirmed rows.
 * Weekend days inside a break need no row: they are weekly rest anyway. Swaps apply to civil
 * servants and public employees only; a unit that does not follow them (W6) drops the swap rows
 * (see excludeSwaps).
 */

const NOTICE_2025 = 'TB 6150/TB-BLĐTBXH ngày 03/12/2024 (theo CV 8726/VPCP-KGVX ngày 26/11/2024)';
const NEW_YEAR_2026 = 'CV 12729/VPCP-KGVX ngày 25/12/2025';
const NOTICE_2026 = 'TB 9441/TB-BNV ngày 16/10/2025';
const HUNG_KINGS_2026 = 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e và Điều 111 khoản 3';
const MAY_2026 = 'CV 3383/BNV-CVL ngày 10/4/2026 (không hoán đổi)';
const CULTURE_DAY = 'Nghị quyết 28/2026/QH16, Điều 2';

const confirmed = (
  date: LocalDate,
  kind: CalendarDayKind,
  name: string,
  legalBasis: string,
  occasion: string,
): CalendarDayData => ({ date, kind, name, status: 'confirmed', legalBasis, occasion });

export const OFFICIAL_CALENDAR_DAYS: readonly CalendarDayData[] = [
  // 2025
  confirmed('2025-01-01', 'holiday', 'Tết Dương lịch', NOTICE_2025, 'new_year:2025'),
  confirmed('2025-01-27', 'holiday', 'Tết Nguyên đán (28 tháng Chạp)', NOTICE_2025, 'tet:2025'),
  confirmed('2025-01-28', 'holiday', 'Tết Nguyên đán (29 tháng Chạp)', NOTICE_2025, 'tet:2025'),
  confirmed('2025-01-29', 'holiday', 'Tết Nguyên đán (mùng 1)', NOTICE_2025, 'tet:2025'),
  confirmed('2025-01-30', 'holiday', 'Tết Nguyên đán (mùng 2)', NOTICE_2025, 'tet:2025'),
  confirmed('2025-01-31', 'holiday', 'Tết Nguyên đán (mùng 3)', NOTICE_2025, 'tet:2025'),
  confirmed('2025-04-07', 'holiday', 'Giỗ Tổ Hùng Vương', NOTICE_2025, 'hung_kings:2025'),
  confirmed(
    '2025-04-26',
    'swap_workday',
    'Làm bù cho thứ Sáu 02/05/2025',
    NOTICE_2025,
    'labour_day:2025',
  ),
  confirmed('2025-04-30', 'holiday', 'Ngày Chiến thắng', NOTICE_2025, 'victory_day:2025'),
  confirmed('2025-05-01', 'holiday', 'Ngày Quốc tế Lao động', NOTICE_2025, 'labour_day:2025'),
  confirmed(
    '2025-05-02',
    'swap_off',
    'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)',
    NOTICE_2025,
    'labour_day:2025',
  ),
  confirmed('2025-09-01', 'holiday', 'Quốc khánh (ngày thứ hai)', NOTICE_2025, 'national_day:2025'),
  confirmed('2025-09-02', 'holiday', 'Quốc khánh', NOTICE_2025, 'national_day:2025'),
  // 2026
  confirmed('2026-01-01', 'holiday', 'Tết Dương lịch', NEW_YEAR_2026, 'new_year:2026'),
  confirmed(
    '2026-01-02',
    'swap_off',
    'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)',
    NEW_YEAR_2026,
    'new_year:2026',
  ),
  confirmed(
    '2026-01-10',
    'swap_workday',
    'Làm bù cho thứ Sáu 02/01/2026',
    NEW_YEAR_2026,
    'new_year:2026',
  ),
  confirmed('2026-02-16', 'holiday', 'Tết Nguyên đán (29 tháng Chạp)', NOTICE_2026, 'tet:2026'),
  confirmed('2026-02-17', 'holiday', 'Tết Nguyên đán (mùng 1)', NOTICE_2026, 'tet:2026'),
  confirmed('2026-02-18', 'holiday', 'Tết Nguyên đán (mùng 2)', NOTICE_2026, 'tet:2026'),
  confirmed('2026-02-19', 'holiday', 'Tết Nguyên đán (mùng 3)', NOTICE_2026, 'tet:2026'),
  confirmed('2026-02-20', 'holiday', 'Tết Nguyên đán (mùng 4)', NOTICE_2026, 'tet:2026'),
  confirmed('2026-04-26', 'holiday', 'Giỗ Tổ Hùng Vương', HUNG_KINGS_2026, 'hung_kings:2026'),
  confirmed(
    '2026-04-27',
    'make_up_off',
    'Nghỉ bù Giỗ Tổ Hùng Vương ngày 26/04/2026',
    HUNG_KINGS_2026,
    'hung_kings:2026',
  ),
  confirmed('2026-04-30', 'holiday', 'Ngày Chiến thắng', MAY_2026, 'victory_day:2026'),
  confirmed('2026-05-01', 'holiday', 'Ngày Quốc tế Lao động', MAY_2026, 'labour_day:2026'),
  confirmed(
    '2026-08-22',
    'swap_workday',
    'Làm bù cho thứ Hai 31/08/2026',
    NOTICE_2026,
    'national_day:2026',
  ),
  confirmed(
    '2026-08-31',
    'swap_off',
    'Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)',
    NOTICE_2026,
    'national_day:2026',
  ),
  confirmed('2026-09-01', 'holiday', 'Quốc khánh (ngày thứ hai)', NOTICE_2026, 'national_day:2026'),
  confirmed('2026-09-02', 'holiday', 'Quốc khánh', NOTICE_2026, 'national_day:2026'),
  // The date is fixed by law; whether a swap comes with it was still open (VIETNAM.md §1.1).
  confirmed('2026-11-24', 'holiday', 'Ngày Văn hóa Việt Nam', CULTURE_DAY, 'culture_day:2026'),
];
