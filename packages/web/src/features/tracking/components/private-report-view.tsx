import { useEffect, useRef, useState } from 'react';
import { ErrorState, LoadingState } from '../../../components/query-state';
import { useI18n } from '../../../i18n/language-provider';
import type { MessageKey } from '../../../i18n/messages';
import { formatDateTime } from '../../../lib/format';
import { labelOf } from '../../../lib/labels';
import { ratingLabel, useTenantProfile } from '../../../lib/profile';
import { useTenant } from '../../../lib/tenant';
import { usePrivateReport } from '../api/private-report';
import type { PrivateReport } from '../api/report-views';
import { RatingForm } from './rating-form';
import { ReportFacts } from './report-facts';
import { ReportSections } from './report-sections';
import { FOLLOW_UP, ReporterTextForm, SUPPLEMENT } from './reporter-text-form';

const DONE_MESSAGES: Record<string, MessageKey> = {
  supplement_information: 'supplement.success',
  ask_follow_up: 'followUp.success',
  rate: 'rating.success',
};

/** The intake center's latest request for more information, as the reporter should read it. */
function latestRequest(report: PrivateReport): string | null {
  const request = report.timeline.findLast(
    (event) => event.type === 'report.information_requested',
  );
  const message = request?.details.message;
  return typeof message === 'string' ? message : null;
}

function ReporterDetails({ report }: { report: PrivateReport }) {
  const { t } = useI18n();
  const given = (value: string | null) => value ?? t('private.notGiven');
  return (
    <section aria-labelledby="private-details-title">
      <h4 id="private-details-title">{t('private.yourDetails')}</h4>
      <dl className="details">
        <div className="details__row">
          <dt>{t('private.name')}</dt>
          <dd lang="vi">{given(report.reporter.name)}</dd>
        </div>
        <div className="details__row">
          <dt>{t('private.phoneLabel')}</dt>
          <dd>{given(report.reporter.phone)}</dd>
        </div>
        <div className="details__row">
          <dt>{t('private.email')}</dt>
          <dd>{given(report.reporter.email)}</dd>
        </div>
        <div className="details__row">
          <dt>{t('private.language')}</dt>
          <dd>
            {report.reporter.language
              ? labelOf(t, 'replyLanguage', report.reporter.language)
              : t('private.notGiven')}
          </dd>
        </div>
      </dl>
      {report.isConfidential ? <p className="alert">{t('private.confidential')}</p> : null}
    </section>
  );
}

function ReporterActions({
  report,
  phone,
  onDone,
}: {
  report: PrivateReport;
  phone: string;
  onDone: (action: string) => void;
}) {
  const { t, language } = useI18n();
  const profile = useTenantProfile();
  const offered = report.availableActions;
  const request = latestRequest(report);
  const scale = profile?.rating?.scale ?? [];
  const common = { trackingCode: report.trackingCode, phone, version: report.version };
  return (
    <>
      {offered.includes('supplement_information') ? (
        <section className="card card--highlight" aria-labelledby="supplement-title">
          <h3 id="supplement-title">{t('supplement.title')}</h3>
          {request ? (
            <p className="preserve-lines">{t('supplement.request', { message: request })}</p>
          ) : null}
          <ReporterTextForm
            spec={SUPPLEMENT}
            labelledBy="supplement-title"
            onDone={() => onDone('supplement_information')}
            {...common}
          />
        </section>
      ) : null}
      {offered.includes('rate') && scale.length > 0 ? (
        <section className="card" aria-labelledby="rating-title">
          <h3 id="rating-title">{t('rating.title')}</h3>
          {report.rating ? (
            <p>{t('rating.current', { rating: ratingLabel(profile, report.rating, language) })}</p>
          ) : null}
          <RatingForm
            scale={scale}
            current={report.rating}
            onDone={() => onDone('rate')}
            {...common}
          />
        </section>
      ) : null}
      {offered.includes('ask_follow_up') ? (
        <section className="card" aria-labelledby="follow-up-title">
          <h3 id="follow-up-title">{t('followUp.title')}</h3>
          <p>{t('followUp.intro')}</p>
          <ReporterTextForm
            spec={FOLLOW_UP}
            labelledBy="follow-up-title"
            onDone={() => onDone('ask_follow_up')}
            {...common}
          />
        </section>
      ) : null}
    </>
  );
}

/**
 * The reporter's own view: what they gave, the whole story with the requests addressed to them,
 * and what they may do now (supplement, ask for clarification, rate), as the server offers it.
 */
export function PrivateReportView({
  trackingCode,
  phone,
  onClose,
}: {
  trackingCode: string;
  phone: string;
  onClose: () => void;
}) {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  const profile = useTenantProfile();
  const query = usePrivateReport(trackingCode, phone);
  const [done, setDone] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (done) {
      doneRef.current?.focus();
    }
  }, [done]);

  const report = query.data;
  const doneKey = done ? DONE_MESSAGES[done] : undefined;
  return (
    <section className="private-view" aria-labelledby="private-title">
      <div className="section-heading">
        <h2 id="private-title" ref={headingRef} tabIndex={-1}>
          {t('private.heading')}
        </h2>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {t('private.close')}
        </button>
      </div>
      {doneKey ? (
        <p className="alert alert--success" role="status" ref={doneRef} tabIndex={-1}>
          {t(doneKey)}
        </p>
      ) : null}
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {report ? (
        <>
          <ReporterActions report={report} phone={phone} onDone={setDone} />
          <article className="card" aria-labelledby="private-report-title">
            <h3 id="private-report-title">{report.title}</h3>
            <ReportFacts report={report} />
            <ReporterDetails report={report} />
            <ReportSections
              headingLevel={4}
              idPrefix="private"
              content={report.content}
              location={report.location}
              attachments={report.attachments}
              answer={report.answer}
              answerTime={
                report.answeredAt
                  ? t('track.answeredAt', {
                      time: formatDateTime(report.answeredAt, language, tenant.timeZone),
                    })
                  : null
              }
              rating={
                report.rating ? (
                  <p>
                    {t('track.rating', { rating: ratingLabel(profile, report.rating, language) })}
                  </p>
                ) : null
              }
              events={report.timeline}
            />
          </article>
          {report.availableActions.length === 0 ? (
            <p className="muted">{t('private.noActions')}</p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
