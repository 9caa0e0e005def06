import { describe, expect, it } from 'vitest';
import { CALENDAR, show, vn } from '../lifecycle/test-support';
import { applyProfileOverrides } from './overrides';
import { KHANH_HOA_2022 } from './khanh-hoa-2022';
import { KON_TUM_DVCQG } from './kon-tum-dvcqg';
import { computeStepDeadline } from './rules';

describe('applyProfileOverrides', () => {
  it('lets a tenant shorten a step and the deadline follows', () => {
    const result = applyProfileOverrides(KHANH_HOA_2022, {
      steps: { handling: { amount: 3, unit: 'working_days' } },
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      const due = computeStepDeadline(result.profile, 'handling', vn('2026-05-11 11:00'), CALENDAR);
      expect(due && show(due)).toBe('2026-05-14T17:00:00+07:00');
      // The built-in profile is unchanged.
      expect(KHANH_HOA_2022.steps.find((s) => s.id === 'handling')?.duration.amount).toBe(5);
    }
  });

  it('W3: a working-days step may be written in working hours', () => {
    expect(
      applyProfileOverrides(KHANH_HOA_2022, {
        steps: { intake: { amount: 4, unit: 'working_hours' } },
      }).ok,
    ).toBe(true);
  });

  it('overrides the W8 interval, the rating window and a fast track’s fields', () => {
    const kt = applyProfileOverrides(KON_TUM_DVCQG, {
      steps: { progress_update: { amount: 3, unit: 'working_days' } },
    });
    expect(kt.ok && kt.profile.progressUpdates?.every.amount).toBe(3);
    const kh = applyProfileOverrides(KHANH_HOA_2022, {
      ratingChangeWindow: { amount: 2, unit: 'working_days' },
      fastTrackFields: { urban_infrastructure: ['den-duong', 'cay-xanh'] },
    });
    expect(kh.ok && kh.profile.rating?.changeWindow).toEqual({ amount: 2, unit: 'working_days' });
    expect(kh.ok && kh.profile.fastTracks[0]?.fields).toEqual(['den-duong', 'cay-xanh']);
  });

  it.each([
    [
      'negative',
      { steps: { handling: { amount: -1, unit: 'working_days' } } },
      'non_positive_duration',
      'steps.handling.amount',
    ],
    [
      'zero',
      { steps: { handling: { amount: 0, unit: 'working_days' } } },
      'non_positive_duration',
      'steps.handling.amount',
    ],
    [
      'NaN',
      { steps: { handling: { amount: Number.NaN, unit: 'working_days' } } },
      'invalid_duration',
      'steps.handling.amount',
    ],
    [
      'text',
      { steps: { handling: { amount: '5', unit: 'working_days' } } },
      'invalid_duration',
      'steps.handling.amount',
    ],
    [
      'an unknown unit',
      { steps: { handling: { amount: 5, unit: 'days' } } },
      'unknown_unit',
      'steps.handling.unit',
    ],
    [
      'clock hours for a working-time step (W4)',
      { steps: { handling: { amount: 5, unit: 'clock_hours' } } },
      'unit_not_allowed',
      'steps.handling.unit',
    ],
    [
      'working hours for a clock-time step (W4)',
      { steps: { fast_intake: { amount: 1, unit: 'working_hours' } } },
      'unit_not_allowed',
      'steps.fast_intake.unit',
    ],
    [
      'a step the profile does not have',
      { steps: { one_stop_answer: { amount: 5, unit: 'working_hours' } } },
      'unknown_step',
      'steps.one_stop_answer',
    ],
    [
      'a made-up step',
      { steps: { lunch: { amount: 1, unit: 'working_hours' } } },
      'unknown_step',
      'steps.lunch',
    ],
    [
      'an absurd length',
      { steps: { handling: { amount: 999, unit: 'working_days' } } },
      'duration_too_long',
      'steps.handling.amount',
    ],
    ['an unknown setting', { holidays: [] }, 'unknown_setting', 'holidays'],
    [
      'an unknown fast track',
      { fastTrackFields: { emergency: ['fire'] } },
      'unknown_fast_track',
      'fastTrackFields.emergency',
    ],
    [
      'an empty field list',
      { fastTrackFields: { urban_infrastructure: [] } },
      'invalid_field_list',
      'fastTrackFields.urban_infrastructure',
    ],
    ['not an object', 42, 'invalid_overrides', ''],
  ])('rejects %s with a typed error', (_, overrides, code, path) => {
    const result = applyProfileOverrides(KHANH_HOA_2022, overrides);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toMatchObject({ code, path });
      expect(result.errors[0]?.message.vi.length).toBeGreaterThan(0);
    }
  });

  it('rejects a rating window for a profile without rating (Kon Tum)', () => {
    const result = applyProfileOverrides(KON_TUM_DVCQG, {
      ratingChangeWindow: { amount: 2, unit: 'working_days' },
    });
    expect(result.ok ? 'ok' : result.errors.map((e) => e.code)).toEqual(['unknown_setting']);
  });
});
