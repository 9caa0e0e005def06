// Deadline computations per second on one core (`npm run bench -w packages/domain`).
// The goal (issue 9) is over 1,000,000 working-day deadlines per second across Tết: deadlines are
// computed for every row of every report list, so they must be table lookups, not day walks.
import {
  buildCalendar,
  defaultCalendarData,
  generateProvisionalDays,
  lunarToSolar,
} from '../src/calendar';
import type { WorkingCalendar } from '../src/calendar';

// The domain package compiles without Node's types; these two globals are all the bench needs.
declare const console: { log(...values: unknown[]): void };
declare const performance: { now(): number };

const SAMPLES = 200_000;
const MIN_MS_PER_CASE = 1_000;

/** Deterministic pseudo-random numbers (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Start instants in the weeks around Tết 2025, 2026 and 2027, at any second of the day. */
function startsAroundTet(count: number): Date[] {
  const next = random(9);
  const windows = ['2025-01-10', '2026-01-30', '2027-01-20'].map((d) =>
    Date.parse(`${d}T00:00:00+07:00`),
  );
  return Array.from({ length: count }, () => {
    const window = windows[Math.floor(next() * windows.length)] ?? 0;
    return new Date(window + Math.floor(next() * 35 * 86_400) * 1000);
  });
}

function measure(label: string, run: (i: number) => number): void {
  let checksum = 0;
  for (let i = 0; i < SAMPLES; i += 1) {
    checksum += run(i); // warm-up: JIT and the calendar's day table
  }
  let operations = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_MS_PER_CASE) {
    for (let i = 0; i < SAMPLES; i += 1) {
      checksum += run(i);
    }
    operations += SAMPLES;
    elapsed = performance.now() - started;
  }
  const perSecond = Math.round((operations / elapsed) * 1000);
  console.log(
    `${label.padEnd(58)} ${perSecond.toLocaleString('en-US').padStart(12)} /s   (checksum ${checksum % 997})`,
  );
}

function time(label: string, run: () => unknown): void {
  const started = performance.now();
  run();
  console.log(`${label.padEnd(58)} ${(performance.now() - started).toFixed(1).padStart(12)} ms`);
}

let calendar: WorkingCalendar | null = null;
time('build: defaultCalendarData() + buildCalendar (cold)', () => {
  calendar = buildCalendar(defaultCalendarData());
});
const cal = calendar ?? buildCalendar(defaultCalendarData());
time('first deadline (builds the day table)', () =>
  cal.addWorkingDays(new Date('2026-02-12T10:00:00+07:00'), 5),
);
time('generateProvisionalDays for 2027–2100 (74 years)', () => {
  for (let year = 2027; year <= 2100; year += 1) {
    generateProvisionalDays(year);
  }
});

const starts = startsAroundTet(SAMPLES);
const next = random(17);
const wholeDays = Array.from({ length: SAMPLES }, () => 1 + Math.floor(next() * 15));
const hours = Array.from({ length: SAMPLES }, () => 1 + Math.floor(next() * 40));
const ends = starts.map((s, i) => cal.addWorkingHours(s, hours[i] ?? 1));
const at = (i: number): Date => starts[i] ?? new Date(0);

console.log(
  `\nDeadlines around Tết 2025–2027, ${SAMPLES.toLocaleString('en-US')} distinct starts, one core:`,
);
measure('W2 addWorkingDays(start, 1–15 wd)', (i) =>
  cal.addWorkingDays(at(i), wholeDays[i] ?? 1).getTime(),
);
measure('W1 addWorkingHours(start, 1–40 wh)', (i) =>
  cal.addWorkingHours(at(i), hours[i] ?? 1).getTime(),
);
measure('W3 add(start, 0.5 working_days)', (i) =>
  cal.add(at(i), { amount: 0.5, unit: 'working_days' }).getTime(),
);
measure('W9 endOfNextOfficeSession(start)', (i) => cal.endOfNextOfficeSession(at(i)).getTime());
measure('workingMinutesBetween(start, end)', (i) =>
  cal.workingMinutesBetween(at(i), ends[i] ?? at(i)),
);
measure(
  'lunarToSolar(year, 1, 1) (cached lunations)',
  (i) => lunarToSolar(2000 + (i % 100), 1, 1).length,
);
