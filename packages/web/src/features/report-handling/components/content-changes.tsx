import { useI18n } from '../../../i18n/language-provider';
import { diffWords } from '../text-diff';

/**
 * What an operator changed in the reporter's text: removed words struck through, added words
 * underlined, and each change also said in words for screen readers ("đã bỏ: …").
 */
export function ContentChanges({ original, edited }: { original: string; edited: string }) {
  const { t } = useI18n();
  const parts = diffWords(original, edited);
  return (
    <details className="content-changes">
      <summary>{t('content.showChanges')}</summary>
      {parts ? (
        <>
          <h3 className="content-changes__title">{t('content.changes')}</h3>
          <p className="muted small">{t('content.legend')}</p>
          <p className="content-changes__diff preserve-lines">
            {parts.map((part, index) =>
              part.kind === 'same' ? (
                <span key={index}>{part.text}</span>
              ) : part.kind === 'removed' ? (
                <del key={index}>
                  <span className="visually-hidden">{t('content.removed')} </span>
                  {part.text}
                </del>
              ) : (
                <ins key={index}>
                  <span className="visually-hidden">{t('content.added')} </span>
                  {part.text}
                </ins>
              ),
            )}
          </p>
        </>
      ) : (
        <p className="muted">{t('content.tooLong')}</p>
      )}
      <h3 className="content-changes__title">{t('content.original')}</h3>
      <p className="preserve-lines content-changes__original">{original}</p>
    </details>
  );
}
