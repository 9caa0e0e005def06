/**
 * The inbox's state lists as the lifecycle engine yields them for each regulation profile. These
 * are read off the engine (inbox-duties.ts); the test pins what each regulation says, so a change
 * of the engine that moves a duty shows up here with the article it touches.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROFILES } from '@paht/domain';
import type { ProfileId } from '@paht/domain';
import { describe, expect, it } from 'vitest';
import { OPEN_REPORT_STATES, dutiesOf } from './inbox-duties';

function intake(profile: ProfileId): string[] {
  return dutiesOf(PROFILES[profile], 'intake_center', ['operator']).report.map((d) =>
    d.followUpStatus ? `${d.state}:${d.followUpStatus}` : d.state,
  );
}

function agency(profile: ProfileId, role: 'specialist' | 'leader') {
  const duties = dutiesOf(PROFILES[profile], 'agency', [role]);
  return {
    report: duties.report.map((d) =>
      d.followUpStatus ? `${d.state}:${d.followUpStatus}` : d.state,
    ),
    assignment: duties.assignment.map((d) => d.state),
  };
}

const INTAKE_STATES = [
  'submitted',
  'intake_accepted',
  'awaiting_lead_designation',
  'returned_to_intake',
];

describe('what waits for the intake center', () => {
  it('Khánh Hòa: intake and re-distribution; the agency publishes (Điều 9; Phụ lục II Bước 4)', () => {
    expect(intake('khanh-hoa-2022')).toEqual(INTAKE_STATES);
  });

  it('Kon Tum, Sóc Trăng, Hòa Bình: also the answer to check and publish (Kon Tum Phụ lục mục I.9, Sóc Trăng Điều 9, Hòa Bình Điều 10.2.b)', () => {
    for (const profile of ['kon-tum-dvcqg', 'soc-trang-2024', 'hoa-binh-1022'] as const) {
      expect(intake(profile), profile).toEqual([...INTAKE_STATES, 'answer_ready']);
    }
  });

  it('Vĩnh Long: a follow-up question until the intake center forwards it (Điều 11.3)', () => {
    expect(intake('vinh-long-2020')).toEqual([...INTAKE_STATES, 'follow_up_open:awaiting_forward']);
  });

  it('never a report that waits for the reporter', () => {
    for (const profile of Object.keys(PROFILES) as ProfileId[]) {
      expect(intake(profile)).not.toContain('awaiting_information');
    }
  });
});

describe('what waits for an agency', () => {
  it('Khánh Hòa: the specialist accepts (Điều 7.2.a) and handles, the leader approves (Điều 8) and publishes (Điều 9)', () => {
    expect(agency('khanh-hoa-2022', 'specialist')).toEqual({
      report: ['follow_up_open:awaiting_answer'],
      assignment: ['pending', 'handling'],
    });
    expect(agency('khanh-hoa-2022', 'leader')).toEqual({
      report: ['answer_ready', 'follow_up_open:awaiting_answer'],
      assignment: ['awaiting_approval'],
    });
  });

  it('Vĩnh Long: the agency publishes, specialist or leader (Điều 10); answers the follow-up the intake center forwards (Điều 11.3)', () => {
    for (const role of ['specialist', 'leader'] as const) {
      expect(agency('vinh-long-2020', role).report).toEqual([
        'answer_ready',
        'follow_up_open:awaiting_answer',
      ]);
    }
    expect(agency('vinh-long-2020', 'specialist').assignment).toEqual(['pending', 'handling']);
  });

  it('Sóc Trăng: handling from receipt without an accept step, the leader approves (Điều 8.4)', () => {
    expect(agency('soc-trang-2024', 'specialist').assignment).toEqual(['handling']);
    expect(agency('soc-trang-2024', 'leader').assignment).toEqual(['awaiting_approval']);
  });

  it('Kon Tum and Hòa Bình: no approval step, so nothing waits for the leader alone', () => {
    for (const profile of ['kon-tum-dvcqg', 'hoa-binh-1022'] as const) {
      expect(agency(profile, 'specialist').assignment, profile).toEqual(['handling']);
      expect(agency(profile, 'leader'), profile).toEqual({ report: [], assignment: [] });
    }
  });

  it('the whole agency is the union of its roles', () => {
    const unit = dutiesOf(PROFILES['khanh-hoa-2022'], 'agency', ['specialist', 'leader']);
    expect(unit.assignment.map((d) => d.state)).toEqual([
      'pending',
      'handling',
      'awaiting_approval',
    ]);
    expect(unit.assignment.every((d) => d.roles.join() === 'coordinating,lead')).toBe(true);
  });
});

describe('what a supervisor sees', () => {
  it('everything not final and not yet answered', () => {
    expect(OPEN_REPORT_STATES).toEqual([
      'submitted',
      'awaiting_information',
      'intake_accepted',
      'awaiting_lead_designation',
      'in_progress',
      'returned_to_intake',
      'answer_ready',
      'follow_up_open',
    ]);
  });

  it('is the state list of the partial inbox indexes of migration 0009', () => {
    const migration = readFileSync(
      path.resolve(import.meta.dirname, '../../infra/db/migrations/0009_inbox_keyset_indexes.sql'),
      'utf8',
    );
    const lists = [...migration.matchAll(/WHERE state IN \(([^)]*)\)/g)].map((m) =>
      (m[1] ?? '').split(',').map((v) => v.trim().replace(/'/g, '')),
    );
    expect(lists).toHaveLength(2);
    for (const list of lists) {
      expect(list).toEqual(OPEN_REPORT_STATES);
    }
  });
});
