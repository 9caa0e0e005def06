import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextareaField } from '../../../components/textarea-field';
import { useI18n } from '../../../i18n/language-provider';
import type { MessageKey } from '../../../i18n/messages';
import { isVersionConflict } from '../../../lib/api-client';
import { formProblems, generalProblemMessage } from '../../../lib/form-errors';
import { useReporterAction } from '../api/private-report';

type TextAction = {
  action: 'supplement_information' | 'ask_follow_up';
  /** The input's key (`note`, `question`) and its words. */
  field: 'note' | 'question';
  label: MessageKey;
  hint?: MessageKey;
  required: MessageKey;
  submit: MessageKey;
};

export const SUPPLEMENT: TextAction = {
  action: 'supplement_information',
  field: 'note',
  label: 'supplement.note',
  hint: 'supplement.noteHint',
  required: 'supplement.required',
  submit: 'supplement.submit',
};

export const FOLLOW_UP: TextAction = {
  action: 'ask_follow_up',
  field: 'question',
  label: 'followUp.question',
  required: 'followUp.required',
  submit: 'followUp.submit',
};

/** One text for the reporter to send: more information, or a follow-up question. */
export function ReporterTextForm({
  spec,
  trackingCode,
  phone,
  version,
  labelledBy,
  onDone,
}: {
  spec: TextAction;
  trackingCode: string;
  phone: string;
  version: number;
  labelledBy: string;
  onDone: () => void;
}) {
  const { t, pick } = useI18n();
  const act = useReporterAction(trackingCode, phone);
  const [text, setText] = useState('');
  const [clientError, setClientError] = useState<MessageKey | null>(null);
  const [revision, setRevision] = useState(0);
  const id = `${spec.action}-${spec.field}`;

  const problems = formProblems({
    fields: [spec.field],
    ids: { [spec.field]: id } as Record<TextAction['field'], string>,
    client: clientError ? { [spec.field]: t(clientError) } : {},
    error: act.error,
    pick,
    fieldOf: (path) => path.replace(/^input\./, ''),
  });
  const general = isVersionConflict(act.error)
    ? t('private.conflict')
    : generalProblemMessage(act.error, pick, t('error.server'));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (act.isPending) {
      return;
    }
    const value = text.trim();
    setClientError(value === '' ? spec.required : null);
    setRevision((current) => current + 1);
    if (value === '') {
      act.reset();
      return;
    }
    // The promise, not mutate's callbacks: a supplied request is no longer open, so this form
    // unmounts as soon as the new view arrives.
    act.mutateAsync({ action: spec.action, version, input: { [spec.field]: value } }).then(
      () => {
        setText('');
        onDone();
      },
      () => setRevision((current) => current + 1),
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby={labelledBy}>
      <ErrorSummary
        message={[general, ...problems.otherMessages].filter(Boolean).join(' ') || null}
        items={problems.summaryItems}
        revision={revision}
      />
      <TextareaField
        id={id}
        label={t(spec.label)}
        hint={spec.hint ? t(spec.hint) : undefined}
        value={text}
        onChange={setText}
        error={problems.fieldError(spec.field)}
        required
      />
      <button type="submit" className="button button--primary" aria-disabled={act.isPending}>
        {act.isPending ? t('citizenAction.sending') : t(spec.submit)}
      </button>
    </form>
  );
}
