/**
 * One action of a machine, declared once: whether the profile has it, the states it leaves, who
 * may take it, the checks that need no input, the input schema, and what it does.
 */
import { z } from 'zod';
import type { RegulationProfile } from '../profiles/types';
import type { ActorSpec } from './actors';
import type { Draft, RunContext } from './draft';
import type { RefusalCode, RefusalValue } from './refusals';
import { refusal } from './refusals';
import type {
  ActionName,
  AssignmentActionName,
  AssignmentRole,
  AssignmentState,
  ReportActionName,
  ReportState,
} from './types';

type Common = {
  enabled: (profile: RegulationProfile) => boolean;
  actors: (profile: RegulationProfile) => readonly ActorSpec[];
  /** Input-independent business checks, so the UI never offers what would be refused. */
  precondition?: (c: RunContext) => RefusalCode | null;
};

export type ReportMachineSpec = Common & {
  machine: 'report';
  name: ReportActionName;
  states: (profile: RegulationProfile) => readonly ReportState[];
};

export type AssignmentMachineSpec = Common & {
  machine: 'assignment';
  name: AssignmentActionName;
  states: (profile: RegulationProfile) => readonly AssignmentState[];
  /** Absent: lead and coordinating assignments alike. */
  assignmentRoles?: readonly AssignmentRole[];
};

export type MachineSpec = ReportMachineSpec | AssignmentMachineSpec;

export type ActionDefinition = MachineSpec & {
  run: (c: RunContext, input: unknown) => Draft | RefusalValue;
};

function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

export function defineAction<S extends z.ZodType>(
  spec: MachineSpec & { input: S; run: (c: RunContext, input: z.infer<S>) => Draft | RefusalValue },
): ActionDefinition {
  const { input, run, ...rest } = spec;
  return {
    ...rest,
    run: (c, raw) => {
      const parsed = input.safeParse(raw);
      if (!parsed.success) {
        return refusal('invalid_input', issuesOf(parsed.error));
      }
      return run(c, parsed.data);
    },
  };
}

export const always = (): boolean => true;

/** ISO 8601 with an offset (or a Date from a server that already parsed it). */
export const instantSchema = z.union([
  z.date(),
  z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
]);

export const textSchema = z.string().trim().min(1).max(10_000);
export const idSchema = z.string().trim().min(1).max(200);
export const assignmentInput = { assignmentId: idSchema };

export type ActionMap = Readonly<Record<ActionName, ActionDefinition>>;
