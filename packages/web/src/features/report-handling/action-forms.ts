import type { RegulationProfile } from '@paht/domain';
import type { MessageKey } from '../../i18n/messages';
import type { LabelList } from '../../lib/labels';
import { fromZonedInputValue } from '../../lib/zoned-time';
import type { Assignment, StaffReport } from './api/report-decoders';

/**
 * The input form of every lifecycle action staff may take, read from the action definitions of
 * `@paht/domain` (lifecycle/actions/*.ts): which fields, which are required, which closed lists
 * they choose from. Fields a profile does not have are left out, so the form never asks for what
 * the engine would refuse.
 */
export type FieldValue = string | string[] | boolean;
export type FormValues = Record<string, FieldValue>;

type Base = {
  name: string;
  label: MessageKey;
  hint?: MessageKey;
  /** Shown only while the other values make it relevant (e.g. "duplicate of" for a duplicate). */
  when?: (values: FormValues) => boolean;
};

export type ActionField =
  | (Base & { kind: 'text' | 'line'; required: boolean | ((values: FormValues) => boolean) })
  | (Base & { kind: 'choice'; required: boolean; list: LabelList; codes: readonly string[] })
  | (Base & { kind: 'agency'; required: boolean })
  | (Base & { kind: 'agencies'; min: number })
  | (Base & { kind: 'field'; suggests: string })
  | (Base & { kind: 'duplicate'; required: boolean })
  | (Base & { kind: 'instant'; required: boolean })
  | (Base & { kind: 'flag' });

export type ActionContext = {
  profile: RegulationProfile;
  report: StaffReport;
  assignment: Assignment | null;
};

const text = (
  name: string,
  label: MessageKey,
  required: boolean | ((values: FormValues) => boolean),
  extra: Partial<Base> = {},
): ActionField => ({ name, label, kind: 'text', required, ...extra });
const line = (name: string, label: MessageKey, required: boolean): ActionField => ({
  name,
  label,
  kind: 'line',
  required,
});
const instant = (name: string, label: MessageKey, required: boolean): ActionField => ({
  name,
  label,
  kind: 'instant',
  required,
  hint: 'actions.timeHint',
});

function rejectFields({ profile }: ActionContext): ActionField[] {
  return [
    {
      name: 'reason',
      label: 'actionField.rejectReason',
      kind: 'choice',
      required: true,
      list: 'rejectReason',
      codes: profile.intake.rejectReasons,
    },
    {
      name: 'duplicateOf',
      label: 'actionField.duplicateOf',
      kind: 'duplicate',
      required: true,
      when: (values) => values.reason === 'duplicate',
    },
    {
      name: 'outOfScopeKind',
      label: 'actionField.outOfScopeKind',
      kind: 'choice',
      required: true,
      list: 'outOfScopeKind',
      codes: ['complaint', 'denunciation', 'other'],
      when: (values) => values.reason === 'out_of_scope',
    },
    text('explanation', 'actionField.explanation', true, { hint: 'actionField.explanationHint' }),
    text('guidance', 'actionField.guidance', false),
  ];
}

function distributeFields({ profile, report }: ActionContext): ActionField[] {
  const fields: ActionField[] = [
    {
      name: 'fieldCode',
      label: 'actionField.fieldCode',
      hint: 'actionField.fieldCodeHint',
      kind: 'field',
      suggests: 'leadAgencyId',
    },
    { name: 'leadAgencyId', label: 'actionField.leadAgencyId', kind: 'agency', required: true },
  ];
  if (profile.coordination?.namedBy === 'intake_center') {
    fields.push({
      name: 'coordinatingAgencyIds',
      label: 'actionField.coordinatingAgencyIds',
      kind: 'agencies',
      min: 0,
    });
  }
  const awaitsProvince = report.state === 'awaiting_lead_designation';
  if (awaitsProvince || profile.intake.leadDesignation) {
    fields.push(line('provinceDecisionRef', 'actionField.provinceDecisionRef', awaitsProvince));
  }
  if (profile.officialConduct) {
    fields.push({
      name: 'concernsOfficialConduct',
      label: 'actionField.concernsOfficialConduct',
      kind: 'flag',
    });
  }
  return fields;
}

function escalateFields({ profile }: ActionContext): ActionField[] {
  const rules = profile.escalation;
  const needsNotice = (values: FormValues) =>
    rules.some((rule) => rule.reason === values.reason && rule.noticeToReporter);
  const fields: ActionField[] = [
    {
      name: 'reason',
      label: 'actionField.escalationReason',
      kind: 'choice',
      required: true,
      list: 'escalationReason',
      codes: rules.map((rule) => rule.reason),
    },
    text('explanation', 'actionField.explanation', true),
  ];
  if (rules.some((rule) => rule.noticeToReporter)) {
    fields.push(text('noticeToReporter', 'actionField.noticeToReporter', needsNotice));
  }
  return fields;
}

function extendFields({ profile }: ActionContext): ActionField[] {
  const rule = profile.extension;
  return [
    instant('committedDue', 'actionField.committedDue', true),
    text('reason', 'actionField.reason', true),
    line('noticeRef', 'actionField.noticeRef', rule?.requiresWrittenNotice ?? false),
    { name: 'complexCase', label: 'actionField.complexCase', kind: 'flag' },
  ];
}

function acceptFields({ profile, assignment }: ActionContext): ActionField[] {
  const mayForward = profile.coordination?.namedBy === 'lead_agency' && assignment?.role === 'lead';
  return mayForward
    ? [
        {
          name: 'coordinatingAgencyIds',
          label: 'actionField.coordinatingAgencyIds',
          kind: 'agencies',
          min: 0,
        },
      ]
    : [];
}

const FORMS: Record<string, (context: ActionContext) => ActionField[]> = {
  request_information: () => [
    text('message', 'actionField.message', true, { hint: 'actionField.messageHint' }),
  ],
  reject: rejectFields,
  refer: ({ profile }) => [
    {
      name: 'kind',
      label: 'actionField.referralKind',
      kind: 'choice',
      required: true,
      list: 'referralKind',
      codes: profile.intake.referral?.kinds ?? [],
    },
    { name: 'unitId', label: 'actionField.unitId', kind: 'agency', required: true },
    text('explanation', 'actionField.explanation', true),
  ],
  accept_intake: () => [
    { name: 'editedForClarity', label: 'actionField.editedForClarity', kind: 'flag' },
  ],
  distribute: distributeFields,
  answer_at_intake: () => [text('summary', 'actionField.summary', true)],
  forward_emergency: () => [
    { name: 'agencyId', label: 'actionField.agencyId', kind: 'agency', required: true },
    text('explanation', 'actionField.explanation', false),
  ],
  request_lead_designation: () => [text('explanation', 'actionField.explanation', true)],
  escalate: escalateFields,
  resolve_escalation: () => [
    line('decisionRef', 'actionField.decisionRef', true),
    text('explanation', 'actionField.explanation', false),
  ],
  mark_state_secret: () => [text('basis', 'actionField.basis', true)],
  publish: () => [],
  send_privately: () => [],
  withhold: () => [],
  return_answer: () => [text('reason', 'actionField.reason', true)],
  forward_follow_up: () => [text('note', 'actionField.note', false)],
  answer_follow_up: () => [text('answer', 'actionField.answer', true)],
  accept: acceptFields,
  return: () => [
    text('reason', 'actionField.reason', true),
    {
      name: 'suggestedAgencyId',
      label: 'actionField.suggestedAgencyId',
      kind: 'agency',
      required: false,
    },
  ],
  forward_to_coordinators: () => [
    { name: 'agencyIds', label: 'actionField.agencyIds', kind: 'agencies', min: 1 },
  ],
  record_temporary_fix: () => [text('note', 'actionField.note', true)],
  forward_to_back_office: () => [
    instant('appointmentAt', 'actionField.appointmentAt', true),
    text('note', 'actionField.note', false),
  ],
  reappoint: () => [
    instant('newAppointmentAt', 'actionField.newAppointmentAt', true),
    text('reason', 'actionField.reason', true),
  ],
  extend_deadline: extendFields,
  post_progress_update: () => [text('note', 'actionField.note', true)],
  submit_answer: () => [
    text('summary', 'actionField.summary', true),
    instant('resultAt', 'actionField.resultAt', false),
  ],
  approve: () => [text('note', 'actionField.note', false)],
  return_to_specialist: () => [text('reason', 'actionField.reason', true)],
  edit_and_approve: () => [
    text('summary', 'actionField.summary', true),
    text('edits', 'actionField.edits', true),
  ],
};

/** Whether staff can take `action` from this page (the reporter's and the sweeper's are not). */
export function isStaffAction(action: string): boolean {
  return Object.hasOwn(FORMS, action);
}

/** The fields of `action`'s form in this context, in order. */
export function actionFields(action: string, context: ActionContext): ActionField[] {
  const build = FORMS[action];
  return build ? build(context) : [];
}

export function isShown(field: ActionField, values: FormValues): boolean {
  return field.when ? field.when(values) : true;
}

export function isRequired(field: ActionField, values: FormValues): boolean {
  switch (field.kind) {
    case 'flag':
    case 'field':
      return false;
    case 'agencies':
      return field.min > 0;
    case 'text':
    case 'line':
      return typeof field.required === 'function' ? field.required(values) : field.required;
    default:
      return field.required;
  }
}

export function initialFormValues(fields: readonly ActionField[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    values[field.name] = field.kind === 'flag' ? false : field.kind === 'agencies' ? [] : '';
  }
  return values;
}

export type FieldProblem =
  | { key: 'actions.required' | 'actions.chooseRequired'; field: MessageKey }
  | { key: 'actions.chooseAtLeastOne' | 'actions.timeInvalid' };

/** The form's own checks: what is required is given, times are times. */
export function checkActionForm(
  fields: readonly ActionField[],
  values: FormValues,
  timeZone: string,
): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const field of fields) {
    if (!isShown(field, values)) {
      continue;
    }
    const value = values[field.name];
    const required = isRequired(field, values);
    if (field.kind === 'agencies') {
      if (Array.isArray(value) && value.length < field.min) {
        problems[field.name] = { key: 'actions.chooseAtLeastOne' };
      }
      continue;
    }
    if (typeof value !== 'string') {
      continue;
    }
    const isEmpty = value.trim() === '';
    if (isEmpty && required) {
      const isTyped = field.kind === 'text' || field.kind === 'line' || field.kind === 'instant';
      problems[field.name] = {
        key: isTyped ? 'actions.required' : 'actions.chooseRequired',
        field: field.label,
      };
    } else if (!isEmpty && field.kind === 'instant' && !fromZonedInputValue(value, timeZone)) {
      problems[field.name] = { key: 'actions.timeInvalid' };
    }
  }
  return problems;
}

/** The action's `input` as the engine reads it: shown fields only, blanks left out. */
export function actionInput(
  fields: readonly ActionField[],
  values: FormValues,
  timeZone: string,
  assignmentId: string | null,
): Record<string, unknown> {
  const input: Record<string, unknown> = assignmentId ? { assignmentId } : {};
  for (const field of fields) {
    if (!isShown(field, values)) {
      continue;
    }
    const value = values[field.name];
    if (typeof value === 'boolean') {
      input[field.name] = value;
    } else if (Array.isArray(value)) {
      if (value.length > 0) {
        input[field.name] = value;
      }
    } else if (value !== undefined && value.trim() !== '') {
      input[field.name] =
        field.kind === 'instant' ? fromZonedInputValue(value, timeZone) : value.trim();
    }
  }
  return input;
}
