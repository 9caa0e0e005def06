import type { ReactNode } from 'react';
import { ReportPlace } from '../../../components/report-place';
import { useI18n } from '../../../i18n/language-provider';
import type { ReportAttachment, ReportLocation } from '../api/report-views';
import { CitizenTimeline } from './citizen-timeline';
import type { CitizenEvent } from './citizen-timeline';
import { ReportAttachments } from './report-attachments';

/**
 * The body of a tracked report, public or private alike: its text, place, files, answer and
 * history. `idPrefix` keeps heading ids apart when both views could be on one page.
 */
export function ReportSections({
  headingLevel,
  idPrefix,
  content,
  location,
  attachments,
  answer,
  answerTime,
  rating,
  events,
}: {
  /** 3 under the report's h2 title (public view), 4 inside the private view's h3. */
  headingLevel: 3 | 4;
  idPrefix: string;
  content: string;
  location: ReportLocation | null;
  attachments: ReportAttachment[];
  answer: string | null;
  answerTime: string | null;
  rating: ReactNode;
  events: CitizenEvent[];
}) {
  const { t } = useI18n();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      <section aria-labelledby={`${idPrefix}-content`}>
        <Heading id={`${idPrefix}-content`}>{t('track.content')}</Heading>
        <p className="preserve-lines">{content}</p>
      </section>
      <section aria-labelledby={`${idPrefix}-place`}>
        <Heading id={`${idPrefix}-place`}>{t('track.place')}</Heading>
        <ReportPlace place={location} />
      </section>
      <ReportAttachments
        attachments={attachments}
        headingLevel={headingLevel}
        headingId={`${idPrefix}-attachments`}
      />
      <section aria-labelledby={`${idPrefix}-answer`}>
        <Heading id={`${idPrefix}-answer`}>{t('track.answer')}</Heading>
        {answer ? (
          <div className="answer">
            <p className="preserve-lines">{answer}</p>
            {answerTime ? <p className="muted small">{answerTime}</p> : null}
            {rating}
          </div>
        ) : (
          <p className="muted">{t('track.noAnswer')}</p>
        )}
      </section>
      <section aria-labelledby={`${idPrefix}-timeline`}>
        <Heading id={`${idPrefix}-timeline`}>{t('track.timeline')}</Heading>
        <CitizenTimeline events={events} labelledBy={`${idPrefix}-timeline`} />
      </section>
    </>
  );
}
