/** Every action of both machines, by name. */
import type { ActionMap } from './action-definition';
import { accept, forwardToCoordinators, returnAssignment } from './actions/acceptance';
import { approve, editAndApprove, returnToSpecialist, submitAnswer } from './actions/answer';
import {
  answerAtIntake,
  distribute,
  forwardEmergency,
  requestLeadDesignation,
} from './actions/distribution';
import { escalate, resolveEscalation } from './actions/escalation';
import { answerFollowUp, askFollowUp, forwardFollowUp, rate } from './actions/follow-up';
import {
  extendDeadline,
  forwardToBackOffice,
  postProgressUpdate,
  reappoint,
  recordTemporaryFix,
} from './actions/handling';
import {
  acceptIntake,
  refer,
  reject,
  requestInformation,
  supplementInformation,
} from './actions/intake';
import { markOverdue } from './actions/overdue';
import {
  markStateSecret,
  publish,
  returnAnswer,
  sendPrivately,
  withhold,
} from './actions/publication';

export const ACTIONS: ActionMap = {
  request_information: requestInformation,
  supplement_information: supplementInformation,
  reject,
  refer,
  accept_intake: acceptIntake,
  distribute,
  answer_at_intake: answerAtIntake,
  forward_emergency: forwardEmergency,
  request_lead_designation: requestLeadDesignation,
  escalate,
  resolve_escalation: resolveEscalation,
  mark_state_secret: markStateSecret,
  publish,
  send_privately: sendPrivately,
  withhold,
  return_answer: returnAnswer,
  ask_follow_up: askFollowUp,
  forward_follow_up: forwardFollowUp,
  answer_follow_up: answerFollowUp,
  rate,
  mark_overdue: markOverdue,
  accept,
  return: returnAssignment,
  forward_to_coordinators: forwardToCoordinators,
  record_temporary_fix: recordTemporaryFix,
  forward_to_back_office: forwardToBackOffice,
  reappoint,
  extend_deadline: extendDeadline,
  post_progress_update: postProgressUpdate,
  submit_answer: submitAnswer,
  approve,
  return_to_specialist: returnToSpecialist,
  edit_and_approve: editAndApprove,
};
