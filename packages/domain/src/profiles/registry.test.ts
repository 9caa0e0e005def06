import { describe, expect, it } from 'vitest';
import { CALENDAR, show, vn } from '../lifecycle/test-support';
import { PROFILES, getProfile, isProfileId } from './registry';
import { missingReporterFields, publicIdentity } from './rules';
import { PROFILE_IDS } from './types';

const PROVINCE: Record<(typeof PROFILE_IDS)[number], string> = {
  'khanh-hoa-2022': 'Khánh Hòa',
  'kon-tum-dvcqg': 'Kon Tum',
  'soc-trang-2024': 'Sóc Trăng',
  'hoa-binh-1022': 'Hòa Bình',
  'vinh-long-2020': 'Vĩnh Long',
};

describe('the five profiles', () => {
  it('are all registered under their ids', () => {
    expect(PROFILE_IDS.map((id) => getProfile(id).id)).toEqual([...PROFILE_IDS]);
    expect(isProfileId('soc-trang-2024')).toBe(true);
    expect(isProfileId('can-tho-2026')).toBe(false);
  });

  it.each(PROFILE_IDS)(
    '%s: every timed step has a unique id, a positive duration and cites its own regulation',
    (id) => {
      const profile = PROFILES[id];
      const ids = profile.steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const step of profile.steps) {
        expect(step.duration.amount).toBeGreaterThan(0);
        expect(step.article.startsWith(PROVINCE[id])).toBe(true);
        expect(step.startsOn.length).toBeGreaterThan(0);
        expect(step.stopOn.length).toBeGreaterThan(0);
      }
    },
  );

  it.each(PROFILE_IDS)('%s: every rule and note names its article', (id) => {
    const profile = PROFILES[id];
    const articles = [
      profile.scope.article,
      profile.reporterRules.article,
      profile.intake.article,
      profile.publication.article,
      profile.periodicReports.article,
      ...profile.notes.map((n) => n.article),
      ...profile.escalation.map((e) => e.article),
      ...profile.fastTracks.map((t) => t.article),
    ];
    expect(articles.every((a) => a.startsWith(PROVINCE[id]))).toBe(true);
  });

  it('W3: half a working day is four working hours, whichever way a profile writes it', () => {
    const start = vn('2026-05-08 16:00');
    expect(show(CALENDAR.add(start, { amount: 0.5, unit: 'working_days' }))).toBe(
      show(CALENDAR.add(start, { amount: 4, unit: 'working_hours' })),
    );
  });

  it('complaints and denunciations are out of scope everywhere: every profile can reject as out_of_scope', () => {
    expect(
      PROFILE_IDS.every((id) => PROFILES[id].intake.rejectReasons.includes('out_of_scope')),
    ).toBe(true);
  });
});

describe('reporter requirements (DOMAIN.md "reporter must give")', () => {
  it('Sóc Trăng Điều 4.2 requires the citizen ID', () => {
    const given = {
      name: 'Nguyễn Văn A',
      phone: '0912345678',
      address: 'Sóc Trăng',
      location: 'x',
      incidentTime: 'y',
    };
    expect(missingReporterFields(PROFILES['soc-trang-2024'].reporter, given)).toEqual([
      'citizenId',
    ]);
  });

  it('Vĩnh Long Điều 5.3 needs only name and phone from the reporter', () => {
    const given = { name: 'B', phone: '0912345678', location: 'x', incidentTime: 'y', email: '  ' };
    expect(missingReporterFields(PROFILES['vinh-long-2020'].reporter, given)).toEqual([]);
    expect(
      missingReporterFields(PROFILES['vinh-long-2020'].reporter, { ...given, phone: ' ' }),
    ).toEqual(['phone']);
  });

  it('Hòa Bình Điều 6.c asks for name, address, phone and e-mail', () => {
    expect(missingReporterFields(PROFILES['hoa-binh-1022'].reporter, {})).toEqual([
      'name',
      'phone',
      'email',
      'address',
    ]);
  });
});

describe('public identity', () => {
  const request = { confidential: false, hideIdentity: false, consentToPublish: false };

  it('Sóc Trăng Điều 4.5: never without consent', () => {
    expect(publicIdentity(PROFILES['soc-trang-2024'], request)).toEqual({
      showName: false,
      showAddress: false,
    });
    expect(
      publicIdentity(PROFILES['soc-trang-2024'], { ...request, consentToPublish: true }).showName,
    ).toBe(true);
  });

  it('Khánh Hòa Điều 9.2: a confidential report never shows identity', () => {
    expect(
      publicIdentity(PROFILES['khanh-hoa-2022'], {
        ...request,
        confidential: true,
        consentToPublish: true,
      }),
    ).toEqual({
      showName: false,
      showAddress: false,
    });
  });
});
