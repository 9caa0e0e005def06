import type { FieldError } from '../../infra/http/app-error';
import type { OfficeScheduleInput } from './calendar.schemas';

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Intervals must be increasing and not overlap; validity must not end before it starts. */
export function officeScheduleProblems(input: OfficeScheduleInput): FieldError[] {
  const problems: FieldError[] = [];
  let previousEnd = -1;
  input.intervals.forEach((interval, index) => {
    const start = minutes(interval.start);
    const end = minutes(interval.end);
    if (end <= start || start < previousEnd) {
      problems.push({
        path: `body.intervals.${index}`,
        code: 'invalid_interval',
        message: {
          vi: 'Khung giờ phải kết thúc sau khi bắt đầu, theo thứ tự và không chồng lấn.',
          en: 'Each interval must end after it starts, in order and without overlap.',
        },
      });
    }
    previousEnd = end;
  });
  if ((input.seasonFrom == null) !== (input.seasonTo == null)) {
    problems.push({
      path: 'body.seasonTo',
      code: 'season_incomplete',
      message: {
        vi: 'Mùa cần có cả ngày bắt đầu và ngày kết thúc.',
        en: 'A season needs both a start and an end.',
      },
    });
  }
  if (input.validTo && input.validTo < input.validFrom) {
    problems.push({
      path: 'body.validTo',
      code: 'before_start',
      message: {
        vi: 'Ngày hết hiệu lực phải sau ngày bắt đầu.',
        en: 'The end date must not precede the start.',
      },
    });
  }
  return problems;
}
