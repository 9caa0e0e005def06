/**
 * Test-only: runs the article-by-article deadline cases of one profile against the real calendar
 * (default office schedule, official holidays) and checks each step's start event (W7) and
 * calendar (W6) in the profile data.
 */
import { expect, it } from 'vitest';
import type { DeadlineCase } from '../lifecycle/test-support';
import { caseTitle, dueOf } from '../lifecycle/test-support';
import { findStepRule } from './rules';
import type { RegulationProfile } from './types';

export function deadlineCases(profile: RegulationProfile, cases: readonly DeadlineCase[]): void {
  it.each(cases.map((c) => [caseTitle(c), c] as const))('%s', (_, c) => {
    expect(dueOf(profile, c.step, c.start)).toBe(c.due);
    const rule = findStepRule(profile, c.step);
    expect(rule?.startsOn).toContain(c.startsOn);
    expect(rule?.calendar).toBe(c.calendar);
    expect(rule?.article).toContain(c.article);
  });
  it(`${profile.name.en}: every timed step has a case above`, () => {
    const covered = new Set(cases.map((c) => c.step));
    expect(profile.steps.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });
}
