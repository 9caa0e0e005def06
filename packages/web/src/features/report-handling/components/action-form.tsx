import type { RegulationProfile } from '@paht/domain';
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import type { SelectOption } from '../../../components/select-field';
import { useI18n } from '../../../i18n/language-provider';
import { isVersionConflict } from '../../../lib/api-client';
import type { ReportField } from '../../../lib/fields';
import { formProblems, generalProblemMessage } from '../../../lib/form-errors';
import { labelOf } from '../../../lib/labels';
import { useTenant } from '../../../lib/tenant';
import {
  actionFields,
  actionInput,
  checkActionForm,
  initialFormValues,
  isRequired,
  isShown,
} from '../action-forms';
import type { FieldProblem, FieldValue, FormValues } from '../action-forms';
import { useTakeAction } from '../api/change-report';
import { useDuplicateCandidates } from '../api/get-duplicate-candidates';
import type { Assignment, StaffReport } from '../api/report-decoders';
import { ActionFieldInput } from './action-field-input';

/**
 * The form of one available action, with the report's version as the user saw it. The form's own
 * checks come first; the engine's refusal (wrong state, a rule of the profile) is shown in its
 * own words, its field errors (`body.input.reason`) beside the fields.
 */
export function ActionForm({
  action,
  title,
  assignment,
  report,
  profile,
  agencies,
  reportFields,
  idPrefix,
  onDone,
  onConflict,
  onClose,
}: {
  action: string;
  title: string;
  assignment: Assignment | null;
  report: StaffReport;
  profile: RegulationProfile;
  agencies: SelectOption[];
  reportFields: ReportField[];
  idPrefix: string;
  onDone: (action: string) => void;
  /** The report changed under the user (409): the page reloads it and the panel says so. */
  onConflict: () => void;
  onClose: () => void;
}) {
  const { t, pick, language } = useI18n();
  const { tenant } = useTenant();
  const take = useTakeAction(report.id);
  const fields = useMemo(
    () => actionFields(action, { profile, report, assignment }),
    [action, profile, report, assignment],
  );
  const [values, setValues] = useState<FormValues>(() => initialFormValues(fields));
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [revision, setRevision] = useState(0);
  const shown = fields.filter((field) => isShown(field, values));
  const wantsDuplicates = shown.some((field) => field.kind === 'duplicate');
  const duplicates = useDuplicateCandidates(report.id, wantsDuplicates);

  const ids = Object.fromEntries(shown.map((field) => [field.name, `${idPrefix}-${field.name}`]));
  const client: Record<string, string> = {};
  for (const [name, problem] of Object.entries(problems)) {
    client[name] =
      'field' in problem ? t(problem.key, { field: t(problem.field) }) : t(problem.key);
  }
  const form = formProblems({
    fields: shown.map((field) => field.name),
    ids,
    client,
    error: take.error,
    pick,
    fieldOf: (path) => path.replace(/^input\./, '').split('.')[0] ?? path,
  });
  const general = isVersionConflict(take.error)
    ? t('actions.conflict')
    : generalProblemMessage(take.error, pick, t('error.server'));

  const fieldOptions: SelectOption[] = reportFields
    .filter((field) => field.isActive)
    .map((field) => ({
      value: field.code,
      label: language === 'en' && field.nameEn ? field.nameEn : field.name,
      lang: language === 'en' && field.nameEn ? undefined : 'vi',
    }));
  const duplicateOptions: SelectOption[] | null = duplicates.data
    ? duplicates.data.map((candidate) => ({
        value: candidate.id,
        label: `${candidate.trackingCode} — ${candidate.title} (${labelOf(t, 'reportState', candidate.state)})`,
      }))
    : duplicates.isError
      ? []
      : null;

  const setValue = (name: string, value: FieldValue) =>
    setValues((current) => {
      const next = { ...current, [name]: value };
      const field = fields.find((candidate) => candidate.name === name);
      if (field?.kind === 'field' && typeof value === 'string' && next[field.suggests] === '') {
        const agency = reportFields.find((candidate) => candidate.code === value)?.defaultAgencyId;
        if (agency && agencies.some((option) => option.value === agency)) {
          next[field.suggests] = agency;
        }
      }
      return next;
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (take.isPending) {
      return;
    }
    const found = checkActionForm(fields, values, tenant.timeZone);
    setProblems(found);
    setRevision((current) => current + 1);
    if (Object.keys(found).length > 0) {
      take.reset();
      return;
    }
    // The promise, not mutate's callbacks: once the action is taken it is usually no longer
    // offered, so this form unmounts before mutate's own callbacks would run.
    take
      .mutateAsync({
        action,
        version: report.version,
        input: actionInput(fields, values, tenant.timeZone, assignment?.id ?? null),
      })
      .then(
        () => onDone(action),
        (error: unknown) => {
          setRevision((current) => current + 1);
          if (isVersionConflict(error)) {
            onConflict();
          }
        },
      );
  };

  const headingId = `${idPrefix}-title`;
  return (
    <form className="action-form" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h3 id={headingId} className="action-form__title">
        {title}
      </h3>
      <ErrorSummary
        message={[general, ...form.otherMessages].filter(Boolean).join(' ') || null}
        items={form.summaryItems}
        revision={revision}
      />
      {shown.length === 0 ? <p>{t('actions.noInput')}</p> : null}
      {shown.map((field) => (
        <ActionFieldInput
          key={field.name}
          field={field}
          id={ids[field.name] ?? field.name}
          value={values[field.name]}
          isRequired={isRequired(field, values)}
          error={form.fieldError(field.name)}
          choices={{ agencies, reportFields: fieldOptions, duplicates: duplicateOptions }}
          onChange={(value) => setValue(field.name, value)}
        />
      ))}
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={take.isPending}>
          {take.isPending ? t('actions.submitting') : title}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {take.isPending ? t('actions.submitting') : ''}
      </p>
    </form>
  );
}
