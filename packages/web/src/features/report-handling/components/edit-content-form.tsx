import { TITLE_MAX_LENGTH, TITLE_MIN_LENGTH } from '@paht/domain';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';
import { useI18n } from '../../../i18n/language-provider';
import type { MessageKey } from '../../../i18n/messages';
import { isVersionConflict } from '../../../lib/api-client';
import { formProblems, generalProblemMessage } from '../../../lib/form-errors';
import { useEditContent } from '../api/change-report';
import type { StaffReport } from '../api/report-decoders';

type Field = 'title' | 'content';
const IDS: Record<Field, string> = { title: 'edit-title', content: 'edit-content' };

/** An intake operator corrects spelling and layout before distribution (the original is kept). */
export function EditContentForm({
  report,
  onDone,
  onCancel,
}: {
  report: StaffReport;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, pick } = useI18n();
  const edit = useEditContent(report.id);
  const [values, setValues] = useState({ title: report.title, content: report.content });
  const [problems, setProblems] = useState<Partial<Record<Field, MessageKey>>>({});
  const [revision, setRevision] = useState(0);

  const client: Partial<Record<Field, string>> = {};
  for (const [field, key] of Object.entries(problems) as [Field, MessageKey][]) {
    client[field] = t(key);
  }
  const form = formProblems({
    fields: ['title', 'content'] as const,
    ids: IDS,
    client,
    error: edit.error,
    pick,
  });
  const general = isVersionConflict(edit.error)
    ? t('actions.conflict')
    : generalProblemMessage(edit.error, pick, t('error.server'));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (edit.isPending) {
      return;
    }
    const title = values.title.trim();
    const content = values.content.trim();
    const found: Partial<Record<Field, MessageKey>> = {};
    if (title.length < TITLE_MIN_LENGTH || title.length > TITLE_MAX_LENGTH) {
      found.title = 'edit.titleInvalid';
    }
    if (content === '') {
      found.content = 'edit.contentRequired';
    }
    setProblems(found);
    setRevision((current) => current + 1);
    if (Object.keys(found).length > 0) {
      edit.reset();
      return;
    }
    edit.mutate(
      { version: report.version, title, content },
      { onSuccess: onDone, onError: () => setRevision((current) => current + 1) },
    );
  };

  return (
    <form className="action-form" noValidate onSubmit={onSubmit} aria-labelledby="edit-form-title">
      <h3 id="edit-form-title" className="action-form__title">
        {t('edit.title')}
      </h3>
      <p>{t('edit.intro')}</p>
      <ErrorSummary
        message={[general, ...form.otherMessages].filter(Boolean).join(' ') || null}
        items={form.summaryItems}
        revision={revision}
      />
      <TextField
        id={IDS.title}
        label={t('edit.reportTitle')}
        value={values.title}
        onChange={(title) => setValues((current) => ({ ...current, title }))}
        error={form.fieldError('title')}
        maxLength={TITLE_MAX_LENGTH}
      />
      <TextareaField
        id={IDS.content}
        label={t('edit.content')}
        value={values.content}
        onChange={(content) => setValues((current) => ({ ...current, content }))}
        error={form.fieldError('content')}
        rows={8}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={edit.isPending}>
          {edit.isPending ? t('edit.saving') : t('edit.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
