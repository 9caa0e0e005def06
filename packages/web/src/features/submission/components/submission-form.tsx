import type { RegulationProfile } from '@paht/domain';
import { useCallback, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { useI18n } from '../../../i18n/language-provider';
import type { LocalisedText } from '../../../i18n/translate';
import { formProblems, generalProblemMessage } from '../../../lib/form-errors';
import { useTenant } from '../../../lib/tenant';
import { useSubmitReport } from '../api/submit-report';
import { newIdempotencyKey } from '../idempotency-key';
import {
  SUBMISSION_FIELDS,
  SUBMISSION_FIELD_IDS,
  initialValues,
  submissionBody,
  submissionFieldOf,
  validateSubmission,
} from '../submission-form';
import type { SubmissionField, SubmissionValues } from '../submission-form';
import { PlaceFields } from './place-fields';
import { PrivacyFields } from './privacy-fields';
import { ReportDetailsFields } from './report-details-fields';
import { ReporterFields } from './reporter-fields';
import { SubmissionReceipt } from './submission-receipt';

/**
 * The citizen's report form. The browser checks it with the very schema the server applies for
 * the tenant's profile; every problem shows in the error summary and beside its field, the
 * server's own field errors included. One `Idempotency-Key` per submission: pressing the button
 * again after a lost answer resends the same key, so the report is never created twice.
 */
export function SubmissionForm({ profile }: { profile: RegulationProfile }) {
  const { t, pick, language } = useI18n();
  const { tenant } = useTenant();
  const submit = useSubmitReport();
  const [values, setValues] = useState<SubmissionValues>(() => initialValues(profile, language));
  const [clientErrors, setClientErrors] = useState<Partial<Record<SubmissionField, LocalisedText>>>(
    {},
  );
  const [revision, setRevision] = useState(0);
  const attempt = useRef<{ key: string; body: string } | null>(null);

  const onChange = useCallback(
    <K extends keyof SubmissionValues>(key: K, value: SubmissionValues[K]) =>
      setValues((current) => ({ ...current, [key]: value })),
    [],
  );

  const client: Partial<Record<SubmissionField, string>> = {};
  for (const field of SUBMISSION_FIELDS) {
    const message = clientErrors[field];
    if (message) {
      client[field] = pick(message);
    }
  }
  const problems = formProblems({
    fields: SUBMISSION_FIELDS,
    ids: SUBMISSION_FIELD_IDS,
    client,
    error: submit.error,
    pick,
    fieldOf: submissionFieldOf,
    labels: {
      kind: t('submit.kind'),
      title: t('submit.reportTitle'),
      content: t('submit.content'),
      address: t('submit.address'),
      coordinates: t('submit.location.title'),
      incidentAt: t('submit.incidentAt'),
      name: t('submit.name'),
      phone: t('submit.phone'),
      email: t('submit.email'),
      reporterAddress: t('submit.reporterAddress'),
      citizenId: t('submit.citizenId'),
      language: t('submit.language'),
    },
  });
  const general = generalProblemMessage(submit.error, pick, t('error.server'));
  const summaryMessage = [general, ...problems.otherMessages].filter(Boolean).join(' ') || null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submit.isPending) {
      return;
    }
    const body = submissionBody(values, profile, tenant.timeZone);
    const errors = validateSubmission(body, profile);
    setClientErrors(errors);
    setRevision((current) => current + 1);
    if (Object.keys(errors).length > 0) {
      submit.reset();
      return;
    }
    const serialised = JSON.stringify(body);
    if (attempt.current?.body !== serialised) {
      attempt.current = { key: newIdempotencyKey(), body: serialised };
    }
    submit.mutate(
      { body, idempotencyKey: attempt.current.key },
      { onError: () => setRevision((current) => current + 1) },
    );
  };

  if (submit.isSuccess) {
    return (
      <SubmissionReceipt
        receipt={submit.data}
        onAnother={() => {
          attempt.current = null;
          setValues(initialValues(profile, language));
          setClientErrors({});
          submit.reset();
        }}
      />
    );
  }

  const parts = { profile, values, onChange, errorOf: problems.fieldError };
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="submit-title">
      <ErrorSummary message={summaryMessage} items={problems.summaryItems} revision={revision} />
      <ReportDetailsFields {...parts} />
      <PlaceFields {...parts} />
      <ReporterFields {...parts} />
      <PrivacyFields {...parts} />
      <button
        type="submit"
        className="button button--primary button--block"
        aria-disabled={submit.isPending}
      >
        {submit.isPending ? t('submit.submitting') : t('submit.submit')}
      </button>
      <p className="visually-hidden" role="status">
        {submit.isPending ? t('submit.submitting') : ''}
      </p>
    </form>
  );
}
