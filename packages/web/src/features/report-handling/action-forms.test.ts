import { getProfile } from '@paht/domain';
import { describe, expect, it } from 'vitest';
import { actionFields, actionInput, checkActionForm, initialFormValues } from './action-forms';
import type { ActionContext } from './action-forms';
import type { StaffReport } from './api/report-decoders';

const REPORT = { state: 'in_progress' } as StaffReport;
const TZ = 'Asia/Ho_Chi_Minh';

function context(profileId: Parameters<typeof getProfile>[0], role = 'lead'): ActionContext {
  return {
    profile: getProfile(profileId),
    report: REPORT,
    assignment: {
      id: 'r/a2',
      agencyId: 'x',
      role,
      state: 'handling',
      receivedAt: '2026-11-23T03:15:00.000Z',
      acceptedAt: null,
      extensionCount: 0,
    },
  };
}

const names = (action: string, ctx: ActionContext) =>
  actionFields(action, ctx).map((field) => field.name);

describe('action forms', () => {
  it('follow the profile: who names coordinating agencies, what a reject may cite', () => {
    // Khánh Hòa: the lead agency names coordinators when it accepts (Điều 7.3).
    expect(names('distribute', context('khanh-hoa-2022'))).toEqual(['fieldCode', 'leadAgencyId']);
    expect(names('accept', context('khanh-hoa-2022'))).toEqual(['coordinatingAgencyIds']);
    expect(names('accept', context('khanh-hoa-2022', 'coordinating'))).toEqual([]);
    const reasons = actionFields('reject', context('khanh-hoa-2022')).find(
      (field) => field.name === 'reason',
    );
    expect(reasons?.kind === 'choice' ? reasons.codes : []).toEqual(
      getProfile('khanh-hoa-2022').intake.rejectReasons,
    );
  });

  it('check what is required and that times are times', () => {
    const fields = actionFields('extend_deadline', context('khanh-hoa-2022'));
    const values = { ...initialFormValues(fields), committedDue: '2026-13-45T99:00' };
    expect(checkActionForm(fields, values, TZ)).toEqual({
      committedDue: { key: 'actions.timeInvalid' },
      reason: { key: 'actions.required', field: 'actionField.reason' },
    });
  });

  it('build the engine’s input: shown fields only, times as instants, the assignment named', () => {
    const fields = actionFields('forward_to_back_office', context('hoa-binh-1022'));
    const input = actionInput(
      fields,
      { appointmentAt: '2026-12-01T09:00', note: '  ' },
      TZ,
      'r/a2',
    );
    expect(input).toEqual({ assignmentId: 'r/a2', appointmentAt: '2026-12-01T02:00:00.000Z' });

    const reject = actionFields('reject', context('khanh-hoa-2022'));
    expect(
      actionInput(
        reject,
        { reason: 'incomplete', duplicateOf: 'left-over', explanation: 'Thiếu địa điểm.' },
        TZ,
        null,
      ),
    ).toEqual({ reason: 'incomplete', explanation: 'Thiếu địa điểm.' });
  });
});
