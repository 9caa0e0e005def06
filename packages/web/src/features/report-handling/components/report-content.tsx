import { useEffect, useRef, useState } from 'react';
import { ReportPlace } from '../../../components/report-place';
import { useI18n } from '../../../i18n/language-provider';
import type { StaffReport } from '../api/report-decoders';
import { ContentChanges } from './content-changes';
import { EditContentForm } from './edit-content-form';

/**
 * The reporter's text as it stands, the original and the difference when an operator edited
 * it, the place; and, for the intake operator before distribution, the editor.
 */
export function ReportContent({ report, canEdit }: { report: StaffReport; canEdit: boolean }) {
  const { t } = useI18n();
  const [isEditing, setIsEditing] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const savedRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (isSaved) {
      savedRef.current?.focus();
    }
  }, [isSaved]);

  return (
    <section className="card" aria-labelledby="content-title">
      <h2 id="content-title">{t('content.title')}</h2>
      {isSaved ? (
        <p className="alert alert--success" role="status" ref={savedRef} tabIndex={-1}>
          {t('edit.saved')}
        </p>
      ) : null}
      {isEditing ? (
        <EditContentForm
          report={report}
          onDone={() => {
            setIsEditing(false);
            setIsSaved(true);
          }}
          onCancel={() => setIsEditing(false)}
        />
      ) : (
        <>
          <p className="preserve-lines report-text">{report.content}</p>
          {report.isContentEdited && report.contentOriginal !== null ? (
            <>
              <p className="alert">{t('content.edited')}</p>
              <ContentChanges original={report.contentOriginal} edited={report.content} />
            </>
          ) : null}
          {canEdit ? (
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setIsSaved(false);
                  setIsEditing(true);
                }}
              >
                {t('edit.open')}
              </button>
            </p>
          ) : null}
        </>
      )}
      <h3>{t('staffReport.place')}</h3>
      <ReportPlace place={report.location} />
    </section>
  );
}
