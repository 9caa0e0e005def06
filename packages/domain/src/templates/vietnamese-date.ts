import { isLocalDate, localDateOf } from '../calendar';
import type { LocalDate } from '../calendar/types';

/**
 * A date as Vietnamese state documents write it: "ngày 05 tháng 3 năm 2026". Nghị định
 * 30/2020/NĐ-CP on clerical work (Phụ lục I, "Địa danh và thời gian ban hành văn bản") writes
 * days below 10 and the months 1 and 2 with a leading zero ("ngày 09 tháng 02 năm 2026"), other
 * months without ("tháng 3", "tháng 12").
 *
 * An instant is read at Asia/Ho_Chi_Minh (UTC+7), whatever the host's zone: a letter signed at
 * 23:30 on 4 March in Hà Nội is dated 4 March even on a server that runs in UTC. Returns null for
 * an invalid Date or a string that is not a real 'YYYY-MM-DD' date.
 */
export function formatVietnameseDate(value: Date | LocalDate): string | null {
  const local = localDateFrom(value);
  if (local === null) {
    return null;
  }
  const [year = '', month = '', day = ''] = local.split('-');
  const monthNumber = Number(month);
  const monthText = monthNumber < 3 ? month : String(monthNumber);
  return `ngày ${day} tháng ${monthText} năm ${year}`;
}

function localDateFrom(value: Date | LocalDate): LocalDate | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : localDateOf(value);
  }
  return isLocalDate(value) ? value : null;
}
